package dev.kassa.adapters.web.auth;

/** Who may call a route. */
public enum RouteAccess {
  /** Anyone; the {@code Authorization} header is not looked at. */
  PUBLIC,
  /** Any authenticated user; {@code 401 unauthenticated} otherwise. */
  USER,
  /** Authenticated administrators; {@code 403 forbidden} for customers. */
  ADMIN
}
