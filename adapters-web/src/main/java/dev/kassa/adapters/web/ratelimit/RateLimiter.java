package dev.kassa.adapters.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kassa.adapters.web.error.ApiException;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per caller, held in a bounded map that forgets callers idle for longer than it
 * takes a bucket to refill (so forgetting loses nothing). The limits are per process; several Kassa
 * processes each apply them.
 */
public final class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final RateLimitPolicy limits;
  private final Cache<String, Bucket> general;
  private final Cache<String, Bucket> strict;

  public RateLimiter(RateLimitPolicy limits) {
    this.limits = limits;
    this.general = buckets(limits.maxTrackedCallers());
    this.strict = buckets(limits.maxTrackedCallers());
  }

  public boolean isStrict(String routeTemplate) {
    return limits.strictRoutes().contains(routeTemplate);
  }

  /**
   * Counts one request of a caller under the general limit.
   *
   * @param caller {@code user:<id>} or {@code ip:<address>}
   * @throws ApiException {@code rate_limited} with {@code Retry-After} when the caller is over it
   */
  public void admit(String caller) {
    take(general, caller, limits.requestsPerMinute());
  }

  /** Counts one attempt on a strict route, per IP and, when the body names one, per email. */
  public void admitStrict(String ip, Optional<String> email) {
    take(strict, "ip:" + ip, limits.authRequestsPerMinute());
    email.ifPresent(
        address ->
            take(
                strict,
                "email:" + address.strip().toLowerCase(Locale.ROOT),
                limits.authRequestsPerMinute()));
  }

  private static void take(Cache<String, Bucket> buckets, String key, int perMinute) {
    var probe = buckets.get(key, ignored -> bucket(perMinute)).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      var seconds =
          Math.max(
              1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
      throw ApiException.rateLimited(seconds);
    }
  }

  private static Bucket bucket(int perMinute) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
        .build();
  }

  private static Cache<String, Bucket> buckets(int maxSize) {
    return Caffeine.newBuilder()
        .maximumSize(maxSize)
        .expireAfterAccess(WINDOW.multipliedBy(2))
        .build();
  }
}
