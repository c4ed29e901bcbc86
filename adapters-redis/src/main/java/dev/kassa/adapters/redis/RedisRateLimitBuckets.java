package dev.kassa.adapters.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.time.Duration;
import java.util.Optional;

/**
 * Rate limit token buckets on Redis, through Bucket4j's Jedis integration (compare-and-swap on the
 * bucket's state), so that every Kassa process on the same Redis takes from one bucket per key. A
 * bucket's key expires once it would have refilled, so idle callers cost no memory.
 */
public final class RedisRateLimitBuckets {

  private static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(10);

  private final RedisConnection redis;
  private final ProxyManager<String> buckets;

  public RedisRateLimitBuckets(RedisConnection redis) {
    this.redis = redis;
    this.buckets =
        Bucket4jJedis.casBasedBuilder(redis.pool())
            .keyMapper(Mapper.STRING)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
            .build();
  }

  /**
   * Takes one token from the bucket {@code key}, made with {@code configuration} when it is new.
   *
   * @return the outcome; empty when Redis is down, and then the caller counts in its own process
   */
  public Optional<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
    return redis.attempt(
        () ->
            buckets
                .builder()
                .build(redis.key("rate:" + key), () -> configuration)
                .tryConsumeAndReturnRemaining(1));
  }
}
