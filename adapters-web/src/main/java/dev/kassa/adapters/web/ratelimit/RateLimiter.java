package dev.kassa.adapters.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kassa.adapters.web.error.ApiException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per caller. They are taken from the {@link SharedBuckets} when there are some (so
 * several Kassa processes apply one limit together), and otherwise, or while those cannot be
 * reached, from buckets of this process, held in a bounded map that forgets callers idle for longer
 * than it takes a bucket to refill (so forgetting loses nothing).
 */
public final class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final RateLimitPolicy limits;
  private final SharedBuckets shared;
  private final Limit general;
  private final Limit strict;

  public RateLimiter(RateLimitPolicy limits, SharedBuckets shared) {
    this.limits = limits;
    this.shared = shared;
    this.general = new Limit("general:", limits.requestsPerMinute(), limits.maxTrackedCallers());
    this.strict = new Limit("strict:", limits.authRequestsPerMinute(), limits.maxTrackedCallers());
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
    take(general, caller);
  }

  /** Counts one attempt on a strict route, per IP and, when the body names one, per email. */
  public void admitStrict(String ip, Optional<String> email) {
    take(strict, "ip:" + ip);
    email.ifPresent(address -> take(strict, "email:" + address.strip().toLowerCase(Locale.ROOT)));
  }

  private void take(Limit limit, String key) {
    var probe =
        shared
            .tryConsume(limit.scope() + key, limit.configuration())
            .orElseGet(
                () ->
                    limit
                        .local()
                        .get(key, ignored -> Bucket.builder().addLimit(limit.bandwidth()).build())
                        .tryConsumeAndReturnRemaining(1));
    if (!probe.isConsumed()) {
      var seconds =
          Math.max(
              1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
      throw ApiException.rateLimited(seconds);
    }
  }

  /** One limit; its shared buckets are named {@code scope + key}. */
  private record Limit(
      String scope,
      Bandwidth bandwidth,
      BucketConfiguration configuration,
      Cache<String, Bucket> local) {

    Limit(String scope, int perMinute, int maxTrackedCallers) {
      this(
          scope,
          Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build(),
          maxTrackedCallers);
    }

    private Limit(String scope, Bandwidth bandwidth, int maxTrackedCallers) {
      this(
          scope,
          bandwidth,
          BucketConfiguration.builder().addLimit(bandwidth).build(),
          Caffeine.newBuilder()
              .maximumSize(maxTrackedCallers)
              .expireAfterAccess(WINDOW.multipliedBy(2))
              .build());
    }
  }
}
