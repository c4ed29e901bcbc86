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

  private final List<RouteDefinition> all;
  private final Set<String> withBody;

  private Routes(List<RouteDefinition> all, Set<String> withBody) {
    this.all = all;
    this.withBody = withBody;
  }

  static Routes of(RunningKassa kassa) {
    var document = kassa.http().get("/v1/openapi.json").send().expect(200);
    var withBody = new TreeSet<String>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          if (operation.getValue().has("requestBody")) {
                            withBody.add(operation.getKey().toUpperCase() + " " + path.getKey());
                          }
                        }));
    var all =
        kassa.server().api().routes().stream()
            .sorted(
                Comparator.comparing(RouteDefinition::path).thenComparing(RouteDefinition::method))
            .toList();
    return new Routes(all, Set.copyOf(withBody));
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

  boolean hasBody(RouteDefinition route) {
    return withBody.contains(route.method() + " " + route.path());
  }

  static String name(RouteDefinition route) {
    return route.method() + " " + route.path();
  }
}
