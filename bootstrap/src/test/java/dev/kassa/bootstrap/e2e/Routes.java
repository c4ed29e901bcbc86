package dev.kassa.bootstrap.e2e;

import dev.kassa.adapters.web.RouteDefinition;
import dev.kassa.adapters.web.auth.Access;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routes of the running server, and which of them the served OpenAPI document says take a body.
 */
final class Routes {

  private static final String LIMIT = "#/components/parameters/Limit";

  private final List<RouteDefinition> all;
  private final Set<String> withBody;
  private final Set<String> paginated;

  private Routes(List<RouteDefinition> all, Set<String> withBody, Set<String> paginated) {
    this.all = all;
    this.withBody = withBody;
    this.paginated = paginated;
  }

  static Routes of(RunningKassa kassa) {
    var document = kassa.http().get("/v1/openapi.json").send().expect(200);
    var withBody = new TreeSet<String>();
    var paginated = new TreeSet<String>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          var name = operation.getKey().toUpperCase() + " " + path.getKey();
                          var spec = operation.getValue();
                          if (spec.has("requestBody")) {
                            withBody.add(name);
                          }
                          for (var parameter : spec.path("parameters")) {
                            if (LIMIT.equals(parameter.path("$ref").asText())) {
                              paginated.add(name);
                            }
                          }
                        }));
    var all =
        kassa.server().api().routes().stream()
            .sorted(
                Comparator.comparing(RouteDefinition::path).thenComparing(RouteDefinition::method))
            .toList();
    return new Routes(all, Set.copyOf(withBody), Set.copyOf(paginated));
  }

  List<RouteDefinition> protectedRoutes() {
    return all.stream().filter(route -> route.access() != Access.PUBLIC).toList();
  }

  List<RouteDefinition> adminRoutes() {
    return all.stream().filter(route -> route.access() == Access.ADMIN).toList();
  }

  /** Protected routes with a path parameter naming one resource. */
  List<RouteDefinition> withId() {
    return protectedRoutes().stream().filter(route -> Holdings.hasId(route.path())).toList();
  }

  List<RouteDefinition> withBody() {
    return all.stream().filter(this::hasBody).toList();
  }

  /** Routes the document says take {@code limit} and {@code offset}. */
  List<RouteDefinition> paginated() {
    return all.stream().filter(route -> paginated.contains(name(route))).toList();
  }

  boolean hasBody(RouteDefinition route) {
    return withBody.contains(route.method() + " " + route.path());
  }

  static String name(RouteDefinition route) {
    return route.method() + " " + route.path();
  }
}
