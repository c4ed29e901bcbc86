package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.auth.RouteAccess;
import java.util.Objects;

/**
 * One route: method, path template in Javalin's and OpenAPI's syntax ({@code /v1/accounts/{id}}),
 * who may call it, and its handler.
 */
public record RouteDefinition(String method, String path, RouteAccess access, CallHandler handler) {

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
