package dev.kassa.bootstrap.config;

/**
 * Requests allowed per minute: per caller on every route, and per IP and per email on the auth
 * routes (register, log in, refresh).
 */
public record RateLimits(int requestsPerMinute, int authPerMinute) {

  public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
  public static final int DEFAULT_AUTH_PER_MINUTE = 10;
  static final int MAX_PER_MINUTE = 1_000_000;

  public RateLimits {
    if (requestsPerMinute < 1 || authPerMinute < 1) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
  }

  static RateLimits read(Variables variables) {
    return new RateLimits(
        variables.integer(
            "RATE_LIMIT_REQUESTS_PER_MINUTE", DEFAULT_REQUESTS_PER_MINUTE, 1, MAX_PER_MINUTE),
        variables.integer(
            "RATE_LIMIT_AUTH_PER_MINUTE", DEFAULT_AUTH_PER_MINUTE, 1, MAX_PER_MINUTE));
  }
}
