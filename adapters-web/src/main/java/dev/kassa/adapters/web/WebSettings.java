package dev.kassa.adapters.web;

import dev.kassa.adapters.web.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server runs.
 *
 * @param host the address to bind, {@code 0.0.0.0} for all
 * @param port the port, 0 for any free one
 * @param corsOrigins origins allowed to call from a browser; none disables CORS
 * @param maxBodyBytes the largest request body; larger ones are {@code 413 payload_too_large}
 * @param stopTimeout how long {@link HttpApi#stop()} lets in-flight requests finish
 * @param rateLimits per-caller limits
 * @param trustForwardedFor whether one trusted proxy in front sets {@code X-Forwarded-For}
 * @param readTimeout the longest a request's head, and then its body, may take to arrive; the
 *     connection of a slower client is closed
 */
public record WebSettings(
    String host,
    int port,
    List<String> corsOrigins,
    long maxBodyBytes,
    Duration stopTimeout,
    RateLimitPolicy rateLimits,
    boolean trustForwardedFor,
    Duration readTimeout) {

  public static final long ONE_MIB = 1024L * 1024L;
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(readTimeout, "readTimeout");
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (!readTimeout.isPositive()) {
      throw new IllegalArgumentException("readTimeout must be positive");
    }
  }

  public static WebSettings defaults() {
    return new WebSettings(
        "0.0.0.0",
        8080,
        List.of(),
        ONE_MIB,
        Duration.ofSeconds(20),
        RateLimitPolicy.defaults(),
        false,
        DEFAULT_READ_TIMEOUT);
  }

  public WebSettings withPort(int changed) {
    return new WebSettings(
        host,
        changed,
        corsOrigins,
        maxBodyBytes,
        stopTimeout,
        rateLimits,
        trustForwardedFor,
        readTimeout);
  }

  public WebSettings withHost(String changed) {
    return new WebSettings(
        changed,
        port,
        corsOrigins,
        maxBodyBytes,
        stopTimeout,
        rateLimits,
        trustForwardedFor,
        readTimeout);
  }

  public WebSettings withCorsOrigins(List<String> changed) {
    return new WebSettings(
        host, port, changed, maxBodyBytes, stopTimeout, rateLimits, trustForwardedFor, readTimeout);
  }

  public WebSettings withRateLimits(RateLimitPolicy changed) {
    return new WebSettings(
        host,
        port,
        corsOrigins,
        maxBodyBytes,
        stopTimeout,
        changed,
        trustForwardedFor,
        readTimeout);
  }

  public WebSettings withTrustForwardedFor(boolean changed) {
    return new WebSettings(
        host, port, corsOrigins, maxBodyBytes, stopTimeout, rateLimits, changed, readTimeout);
  }

  public WebSettings withStopTimeout(Duration changed) {
    return new WebSettings(
        host, port, corsOrigins, maxBodyBytes, changed, rateLimits, trustForwardedFor, readTimeout);
  }

  public WebSettings withMaxBodyBytes(long changed) {
    return new WebSettings(
        host, port, corsOrigins, changed, stopTimeout, rateLimits, trustForwardedFor, readTimeout);
  }

  public WebSettings withReadTimeout(Duration changed) {
    return new WebSettings(
        host, port, corsOrigins, maxBodyBytes, stopTimeout, rateLimits, trustForwardedFor, changed);
  }
}
