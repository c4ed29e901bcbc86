package dev.kassa.adapters.web.operations;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.ErrorCode;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/health} (readiness: every check, 503 when one fails), {@code GET /v1/health/live}
 * (the process answers) and {@code GET /v1/openapi.json}.
 */
public final class OperationsController implements Controller {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsController.class);
  private static final String OK = "ok";
  private static final String FAILING = "failing";

  private final Map<String, HealthCheck> checks;
  private final OpenApiDocument openApi;
  private final Duration checkTimeout;
  private final EventsHealth events;

  public OperationsController(
      Map<String, HealthCheck> checks,
      OpenApiDocument openApi,
      Duration checkTimeout,
      EventsHealth events) {
    this.checks = Map.copyOf(checks);
    this.openApi = openApi;
    this.checkTimeout = checkTimeout;
    this.events = events;
  }

  public OperationsController(
      Map<String, HealthCheck> checks, OpenApiDocument openApi, Duration checkTimeout) {
    this(checks, openApi, checkTimeout, EventsHealth.NONE);
  }

  public OperationsController(Map<String, HealthCheck> checks, OpenApiDocument openApi) {
    this(checks, openApi, Duration.ofSeconds(2));
  }

  /** {@code events} is absent when this process delivers no events. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Health(String status, Map<String, String> checks, Map<String, Object> events) {}

  @Override
  public void routes(Routes routes) {
    routes.get("/v1/health", RouteAccess.PUBLIC, this::health);
    routes.get("/v1/health/live", RouteAccess.PUBLIC, call -> call.ok(Map.of("status", OK)));
    routes.get(
        "/v1/openapi.json",
        RouteAccess.PUBLIC,
        call -> call.text(200, "application/json", openApi.json()));
  }

  private void health(Call call) {
    var running = new LinkedHashMap<String, CompletableFuture<Boolean>>();
    checks.keySet().stream().sorted().forEach(name -> running.put(name, start(checks.get(name))));
    var results = new LinkedHashMap<String, String>();
    running.forEach((name, check) -> results.put(name, await(name, check)));
    var delivery = events.report();
    delivery.ifPresent(report -> results.put(EventsHealth.CHECK, report.status()));
    if (results.containsValue(FAILING)) {
      throw new ApiException(
          ErrorCode.UNAVAILABLE,
          "A dependency is unavailable.",
          Map.of("status", "unavailable", "checks", results),
          Map.of());
    }
    var status = results.containsValue(EventsHealth.DEGRADED) ? EventsHealth.DEGRADED : OK;
    call.ok(new Health(status, results, delivery.map(EventsHealth.Report::details).orElse(null)));
  }

  private static CompletableFuture<Boolean> start(HealthCheck check) {
    var result = new CompletableFuture<Boolean>();
    Thread.ofVirtual()
        .name("health-check")
        .start(
            () -> {
              try {
                result.complete(check.healthy());
              } catch (Exception | Error failure) {
                result.completeExceptionally(failure);
              }
            });
    return result;
  }

  private String await(String name, CompletableFuture<Boolean> check) {
    try {
      if (Boolean.TRUE.equals(check.get(checkTimeout.toMillis(), TimeUnit.MILLISECONDS))) {
        return OK;
      }
      LOG.warn("Health check {} reports unhealthy", name);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      LOG.warn("Health check {} interrupted", name);
    } catch (Exception failed) {
      LOG.warn("Health check {} failed", name, failed);
    }
    return FAILING;
  }
}
