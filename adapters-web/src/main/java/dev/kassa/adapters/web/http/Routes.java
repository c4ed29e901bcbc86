package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.auth.RouteAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Where controllers declare their routes. Each route says who may call it; authentication, the role
 * check, rate limits, the request id and the error envelope are applied around its handler.
 */
public final class Routes {

  private final List<RouteDefinition> definitions = new ArrayList<>();

  public Routes get(String path, RouteAccess access, CallHandler handler) {
    return add("GET", path, access, handler);
  }

  public Routes post(String path, RouteAccess access, CallHandler handler) {
    return add("POST", path, access, handler);
  }

  public Routes put(String path, RouteAccess access, CallHandler handler) {
    return add("PUT", path, access, handler);
  }

  public Routes patch(String path, RouteAccess access, CallHandler handler) {
    return add("PATCH", path, access, handler);
  }

  public Routes delete(String path, RouteAccess access, CallHandler handler) {
    return add("DELETE", path, access, handler);
  }

  /**
   * A {@code POST} of a file ({@code multipart/form-data}) whose body may be larger than the
   * server's limit for other requests, up to {@code maxBodyBytes}.
   */
  public Routes upload(String path, RouteAccess access, long maxBodyBytes, CallHandler handler) {
    return add(new RouteDefinition("POST", path, access, handler, false, maxBodyBytes));
  }

  private Routes add(String method, String path, RouteAccess access, CallHandler handler) {
    return add(new RouteDefinition(method, path, access, handler));
  }

  private Routes add(RouteDefinition route) {
    var method = route.method();
    var path = route.path();
    var duplicate =
        definitions.stream()
            .anyMatch(existing -> existing.method().equals(method) && existing.path().equals(path));
    if (duplicate) {
      throw new IllegalArgumentException("Route declared twice: " + method + " " + path);
    }
    definitions.add(route);
    return this;
  }

  /**
   * Marks the route declared last as one whose handler has no effect before its first unit of work
   * (a write that starts with one): its caller's token is then checked in that unit, as on every
   * {@code GET} route, instead of in a transaction of its own.
   */
  public Routes effectsInUnitOfWork() {
    var last = definitions.removeLast();
    definitions.add(
        new RouteDefinition(
            last.method(), last.path(), last.access(), last.handler(), true, last.maxBodyBytes()));
    return this;
  }

  public List<RouteDefinition> definitions() {
    return List.copyOf(definitions);
  }
}
