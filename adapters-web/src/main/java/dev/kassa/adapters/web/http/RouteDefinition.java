package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.auth.RouteAccess;
import java.util.Objects;

/**
 * One route: method, path template in Javalin's and OpenAPI's syntax ({@code /v1/accounts/{id}}),
 * who may call it, its handler, whether the handler has no effect before its first unit of work (so
 * that the caller's token may be checked in that unit, see {@link RouteGuard}), and the largest
 * body it takes ({@link #SERVER_LIMIT} for the server's limit, which most routes keep).
 */
public record RouteDefinition(
    String method,
    String path,
    RouteAccess access,
    CallHandler handler,
    boolean effectsInUnitOfWork,
    long maxBodyBytes) {

  /** The {@link #maxBodyBytes()} of a route that keeps the server's body limit. */
  public static final long SERVER_LIMIT = 0;

  public RouteDefinition(String method, String path, RouteAccess access, CallHandler handler) {
    this(method, path, access, handler, false, SERVER_LIMIT);
  }

  public RouteDefinition {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A route path starts with /: " + path);
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("A route's body limit is not negative: " + maxBodyBytes);
    }
  }
}
