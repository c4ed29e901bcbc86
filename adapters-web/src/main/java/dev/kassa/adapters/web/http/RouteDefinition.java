package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.auth.RouteAccess;
import java.util.Objects;

/**
 * One route: method, path template in Javalin's and OpenAPI's syntax ({@code /v1/accounts/{id}}),
 * who may call it, its handler, and whether the handler has no effect before its first unit of work
 * (so that the caller's token may be checked in that unit, see {@link RouteGuard}).
 */
public record RouteDefinition(
    String method,
    String path,
    RouteAccess access,
    CallHandler handler,
    boolean effectsInUnitOfWork) {

  public RouteDefinition(String method, String path, RouteAccess access, CallHandler handler) {
    this(method, path, access, handler, false);
  }

  public RouteDefinition {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A route path starts with /: " + path);
    }
  }
}
