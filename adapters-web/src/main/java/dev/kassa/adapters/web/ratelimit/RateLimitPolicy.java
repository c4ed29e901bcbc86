package dev.kassa.adapters.web.ratelimit;

import java.util.Set;

/**
 * How many requests a caller may make per minute.
 *
 * @param requestsPerMinute the general limit per caller: the user when authenticated, else the IP
 * @param authRequestsPerMinute the stricter limit on {@code strictRoutes}, counted both per IP and
 *     per email given in the body
 * @param strictRoutes route templates under the stricter limit, such as {@code /v1/auth/login}
 * @param maxTrackedCallers how many callers are remembered at once; the least recent are forgotten
 */
public record RateLimitPolicy(
    int requestsPerMinute,
    int authRequestsPerMinute,
    Set<String> strictRoutes,
    int maxTrackedCallers) {

  /** Where credentials are tried or reset links asked for: the strict limit applies. */
  public static final Set<String> AUTH_ROUTES =
      Set.of(
          "/v1/auth/login",
          "/v1/auth/register",
          "/v1/auth/password",
          "/v1/auth/password-reset",
          "/v1/auth/password-reset/confirm");

  public RateLimitPolicy {
    if (requestsPerMinute < 1 || authRequestsPerMinute < 1 || maxTrackedCallers < 1) {
      throw new IllegalArgumentException("rate limits must be at least 1");
    }
    strictRoutes = Set.copyOf(strictRoutes);
  }

  public static RateLimitPolicy defaults() {
    return of(600, 10);
  }

  public static RateLimitPolicy of(int requestsPerMinute, int authRequestsPerMinute) {
    return new RateLimitPolicy(requestsPerMinute, authRequestsPerMinute, AUTH_ROUTES, 100_000);
  }
}
