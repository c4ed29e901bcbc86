package dev.kassa.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.error.ErrorResponder;
import dev.kassa.adapters.web.error.JsonErrorHandler;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.CallTools;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.RouteDefinition;
import dev.kassa.adapters.web.http.RouteGuard;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.idempotency.IdempotentReplies;
import dev.kassa.adapters.web.json.Json;
import dev.kassa.adapters.web.json.JsonBodies;
import dev.kassa.adapters.web.observability.AccessLog;
import dev.kassa.adapters.web.observability.RequestIdFilter;
import dev.kassa.adapters.web.observability.RequestIds;
import dev.kassa.adapters.web.observability.RequestObserver;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.adapters.web.ratelimit.RateLimiter;
import dev.kassa.adapters.web.ratelimit.SharedBuckets;
import dev.kassa.adapters.web.webapp.WebApp;
import dev.kassa.application.idempotency.Idempotency;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.AbstractConnector;

/**
 * The HTTP API: a Javalin server on virtual threads serving the routes of the given controllers,
 * with the error envelope, request ids, access log, authentication, rate limits and CORS around
 * them, and the web app's static files at {@code /}; a client sending a request slower than {@link
 * WebSettings#readTimeout()} is cut off. {@link #stop()} lets in-flight requests finish within
 * {@link WebSettings#stopTimeout()}.
 */
public final class HttpApi {

  private static final Duration IDLE_CONNECTION_GRACE = Duration.ofMillis(250);

  /**
   * The largest request line and headers Jetty reads (its default is 8 KiB). Larger than any token
   * Kassa issues, so that an over-long bearer token reaches the authenticator and is {@code 401}; a
   * larger header block is answered {@code 400 validation_failed} by {@link JsonErrorHandler}.
   */
  static final int MAX_HEADER_BYTES = 256 * 1024;

  /**
   * The longest header value Jetty remembers per connection to parse it faster when it comes again.
   * Its default (1024) takes in bearer tokens (Kassa's are over 300 characters), which change from
   * request to request on a connection that many callers share (a load balancer's, a client's
   * pool): each new one overflowed the cache, which was cleared and filled again, 4 % of a
   * transfer's CPU. Short values that repeat (host, content type, user agent) stay cached.
   */
  static final int HEADER_CACHE_BYTES = 256;

  private final Javalin app;
  private final List<RouteDefinition> routes;

  private HttpApi(Javalin app, List<RouteDefinition> routes) {
    this.app = app;
    this.routes = routes;
  }

  /**
   * The API with rate limits counted in this process.
   *
   * @param authenticator checks bearer tokens on {@code USER} and {@code ADMIN} routes
   * @param idempotency runs requests that carry an {@code Idempotency-Key}
   */
  public static HttpApi create(
      WebSettings settings,
      Authenticator authenticator,
      Idempotency idempotency,
      List<? extends Controller> controllers) {
    return create(
        settings,
        authenticator,
        idempotency,
        controllers,
        SharedBuckets.none(),
        RequestObserver.NONE);
  }

  /**
   * The API with rate limits counted in {@code buckets} that other processes share (and in this
   * process while those cannot be reached), and every request shown to {@code observer}.
   */
  public static HttpApi create(
      WebSettings settings,
      Authenticator authenticator,
      Idempotency idempotency,
      List<? extends Controller> controllers,
      SharedBuckets buckets,
      RequestObserver observer) {
    Objects.requireNonNull(buckets, "buckets");
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(authenticator, "authenticator");
    Objects.requireNonNull(idempotency, "idempotency");
    var declared = new Routes();
    controllers.forEach(controller -> controller.routes(declared));
    var routes = declared.definitions();
    var mapper = Json.strictMapper();
    var tools =
        new CallTools(
            new JsonBodies(mapper),
            new IdempotentReplies(mapper, idempotency),
            settings.maxBodyBytes());
    var guard =
        new RouteGuard(
            authenticator,
            new RateLimiter(settings.rateLimits(), buckets),
            new ClientAddress(settings.trustForwardedFor()),
            tools);
    var errors = new ErrorResponder(mapper);
    var app =
        Javalin.create(
            config -> configure(config, settings, mapper, errors, guard, routes, observer));
    return new HttpApi(app, routes);
  }

  private static void configure(
      JavalinConfig config,
      WebSettings settings,
      ObjectMapper mapper,
      ErrorResponder errors,
      RouteGuard guard,
      List<RouteDefinition> routes,
      RequestObserver observer) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.concurrency.useVirtualThreads = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    var largestUpload = largestBody(routes, settings);
    config.jetty.multipartConfig.maxFileSize(largestUpload, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(largestUpload, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(
        (int) Math.min(largestUpload, Integer.MAX_VALUE), SizeUnit.BYTES);
    config.http.prefer405over404 = true;
    config.jsonMapper(new JavalinJackson(mapper, true));
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(MAX_HEADER_BYTES);
          http.setHeaderCacheSize(HEADER_CACHE_BYTES);
        });
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.jetty.modifyServer(
        server -> {
          server.setStopTimeout(settings.stopTimeout().toMillis());
          server.setErrorHandler(new JsonErrorHandler(mapper));
          server.addBean(new SlowRequestGuard(server, settings.readTimeout()));
        });
    config.jetty.modifyServletContextHandler(
        handler ->
            handler.addFilter(
                new FilterHolder(new RequestIdFilter(observer)),
                "/*",
                EnumSet.of(DispatcherType.REQUEST)));
    config.requestLogger.http(new AccessLog());
    config.router.javaLangErrorHandler(errors::respondToError);
    WebApp.serve(config);
    if (!settings.corsOrigins().isEmpty()) {
      enableCors(config, settings.corsOrigins());
    }
    for (var route : routes) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(route.method()), route.path(), guard.wrap(route));
    }
    errors.register(config.routes);
    config.routes.exception(
        EndpointNotFound.class,
        (notFound, ctx) -> errors.respond(guard.unmatched(ctx, notFound), ctx));
    config.routes.exception(
        MethodNotAllowedResponse.class,
        (notAllowed, ctx) -> errors.respond(guard.unmatched(ctx, notAllowed), ctx));
  }

  /** The largest body any route takes: multipart bodies are held to it while they are read. */
  private static long largestBody(List<RouteDefinition> routes, WebSettings settings) {
    return routes.stream()
        .mapToLong(RouteDefinition::maxBodyBytes)
        .reduce(settings.maxBodyBytes(), Math::max);
  }

  private static void enableCors(JavalinConfig config, List<String> origins) {
    config.bundledPlugins.enableCors(
        cors ->
            cors.addRule(
                rule -> {
                  rule.allowHost(
                      origins.getFirst(),
                      origins.subList(1, origins.size()).toArray(String[]::new));
                  rule.exposeHeader(RequestIds.HEADER);
                  rule.exposeHeader(Call.IDEMPOTENT_REPLAYED);
                  rule.exposeHeader("Retry-After");
                }));
  }

  public HttpApi start() {
    app.start();
    return this;
  }

  /**
   * Stops accepting connections, lets in-flight requests finish within the stop timeout, closes
   * idle keep-alive connections promptly, then stops.
   */
  public void stop() {
    for (var connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof AbstractConnector jetty) {
        jetty.setShutdownIdleTimeout(IDLE_CONNECTION_GRACE.toMillis());
      }
    }
    app.stop();
  }

  /** The bound port once started (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Every declared route, for checks such as "every route is documented". */
  public List<RouteDefinition> routes() {
    return routes;
  }
}
