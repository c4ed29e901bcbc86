package dev.kassa.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.RouteDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The routes of the running server, and what the OpenAPI document it serves says about them: which
 * take a body, which are paginated.
 */
final class Routes {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  private static final String LIMIT = "#/components/parameters/Limit";

  private final List<RouteDefinition> all;
  private final Map<String, JsonNode> documented;

  private Routes(List<RouteDefinition> all, Map<String, JsonNode> documented) {
    this.all = all;
    this.documented = documented;
  }

  static Routes of(RunningKassa kassa) {
    var all =
        kassa.server().api().routes().stream()
            .sorted(
                Comparator.comparing(RouteDefinition::path).thenComparing(RouteDefinition::method))
            .toList();
    return new Routes(all, operations(kassa.http().get("/v1/openapi.json").send().expect(200)));
  }

  /** The operations of an OpenAPI document by {@code "METHOD /path"}. */
  static Map<String, JsonNode> operations(JsonNode document) {
    var operations = new TreeMap<String, JsonNode>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          if (METHODS.contains(operation.getKey())) {
                            operations.put(
                                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                operation.getValue());
                          }
                        }));
    return Map.copyOf(operations);
  }

  List<RouteDefinition> protectedRoutes() {
    return all.stream().filter(route -> route.access() != RouteAccess.PUBLIC).toList();
  }

  List<RouteDefinition> adminRoutes() {
    return all.stream().filter(route -> route.access() == RouteAccess.ADMIN).toList();
  }

  /** Customer routes with a path parameter naming one resource (admin routes forbid them). */
  List<RouteDefinition> withId() {
    return all.stream()
        .filter(route -> route.access() == RouteAccess.USER && Holdings.hasId(route.path()))
        .toList();
  }

  /**
   * Routes that read a JSON body from the caller. Provider webhooks are left out: their body is the
   * provider's signed bytes, refused on their signature before anything reads them (see {@code
   * WebhookE2ETest}); so is the simulated provider's HTML form.
   */
  List<RouteDefinition> withBody() {
    return all.stream()
        .filter(this::hasBody)
        .filter(route -> operation(route).at("/requestBody/content").has("application/json"))
        .filter(route -> !route.path().startsWith("/v1/webhooks/"))
        .toList();
  }

  boolean hasBody(RouteDefinition route) {
    return operation(route).has("requestBody");
  }

  /** Routes the document says take {@code limit} and {@code offset}. */
  List<RouteDefinition> paginated() {
    return all.stream()
        .filter(
            route -> {
              for (var parameter : operation(route).path("parameters")) {
                if (LIMIT.equals(parameter.path("$ref").asText())) {
                  return true;
                }
              }
              return false;
            })
        .toList();
  }

  private JsonNode operation(RouteDefinition route) {
    var operation = documented.get(name(route));
    if (operation == null) {
      throw new AssertionError(name(route) + " is not in the served OpenAPI document");
    }
    return operation;
  }

  static String name(RouteDefinition route) {
    return route.method() + " " + route.path();
  }
}
