package dev.kassa.adapters.web;

import dev.kassa.adapters.web.auth.Access;
import java.util.ArrayList;
import java.util.List;

/**
 * Where controllers declare their routes. Each route says who may call it; authentication, the role
 * check, rate limits, the request id and the error envelope are applied around its handler.
 */
public final class Routes {

  private final List<RouteDefinition> definitions = new ArrayList<>();

  public Routes get(String path, Access access, CallHandler handler) {
    return add("GET", path, access, handler);
  }

  public Routes post(String path, Access access, CallHandler handler) {
    return add("POST", path, access, handler);
  }

  public Routes put(String path, Access access, CallHandler handler) {
    return add("PUT", path, access, handler);
  }

  public Routes patch(String path, Access access, CallHandler handler) {
    return add("PATCH", path, access, handler);
  }

  public Routes delete(String path, Access access, CallHandler handler) {
    return add("DELETE", path, access, handler);
  }

  private Routes add(String method, String path, Access access, CallHandler handler) {
    var route = new RouteDefinition(method, path, access, handler);
    var duplicate =
        definitions.stream()
            .anyMatch(existing -> existing.method().equals(method) && existing.path().equals(path));
    if (duplicate) {
      throw new IllegalArgumentException("Route declared twice: " + method + " " + path);
    }
    definitions.add(route);
    return this;
  }

  List<RouteDefinition> definitions() {
    return List.copyOf(definitions);
  }
}
