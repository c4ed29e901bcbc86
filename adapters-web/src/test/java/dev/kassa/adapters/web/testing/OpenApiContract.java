package dev.kassa.adapters.web.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kassa.adapters.web.http.RouteDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks real responses against {@code openapi.yaml}: the status must be documented for the
 * operation, and the body and documented headers must match their schemas. Shared with the
 * end-to-end tests of {@code bootstrap} through this module's test-jar.
 *
 * <pre>{@code
 * var contract = OpenApiContract.fromClasspath();
 * var response = client.send(request, BodyHandlers.ofString());
 * contract.assertConforms(response);
 * assertThat(contract.undocumented(httpApi.routes())).isEmpty();
 * }</pre>
 */
public final class OpenApiContract {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final OpenApiInteractionValidator validator;
  private final Set<String> documented;

  private OpenApiContract(OpenApiInteractionValidator validator, Set<String> documented) {
    this.validator = validator;
    this.documented = documented;
  }

  public static OpenApiContract fromClasspath() {
    try (var yaml = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
      if (yaml == null) {
        throw new IllegalStateException("openapi.yaml is not on the classpath");
      }
      var text = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
      return new OpenApiContract(
          OpenApiInteractionValidator.createForInlineApiSpecification(text).build(),
          operations(new YAMLMapper().readTree(text)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static Set<String> operations(JsonNode document) {
    var operations = new TreeSet<String>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    return Set.copyOf(operations);
  }

  /** Every documented operation, as {@code "GET /v1/accounts/{id}"}. */
  public Set<String> documentedOperations() {
    return documented;
  }

  /** The routes the document does not describe, as {@code "METHOD /path"}; empty when in sync. */
  public List<String> undocumented(Collection<RouteDefinition> routes) {
    return routes.stream()
        .map(route -> route.method() + " " + route.path())
        .filter(operation -> !documented.contains(operation))
        .sorted()
        .toList();
  }

  /** Validates {@code response} against the operation of the request that produced it. */
  public ValidationReport check(HttpResponse<String> response) {
    var request = response.request();
    return check(request.method(), request.uri().getPath(), response);
  }

  public ValidationReport check(String method, String path, HttpResponse<String> response) {
    var builder = SimpleResponse.Builder.status(response.statusCode());
    response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
    response.headers().firstValue("Content-Type").ifPresent(builder::withContentType);
    if (!response.body().isEmpty()) {
      builder.withBody(response.body());
    }
    return validator.validateResponse(
        path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), builder.build());
  }

  /**
   * Checks that a response conforms to the document.
   *
   * @throws AssertionError listing every problem when the response breaks the document
   */
  public void assertConforms(HttpResponse<String> response) {
    var report = check(response);
    if (report.hasErrors()) {
      var request = response.request();
      throw new AssertionError(
          request.method()
              + " "
              + request.uri().getPath()
              + " answered "
              + response.statusCode()
              + " outside the OpenAPI document:\n"
              + report.getMessages().stream()
                  .map(ValidationReport.Message::toString)
                  .collect(Collectors.joining("\n"))
              + "\nbody: "
              + response.body());
    }
  }
}
