package dev.kassa.adapters.web.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Optional;

/**
 * Token buckets that several Kassa processes share, so that a caller meets one limit whichever
 * process it reaches. When they cannot be reached the rate limiter counts in its own process.
 */
@FunctionalInterface
public interface SharedBuckets {

  /**
   * Takes one token from the bucket {@code key}, made with {@code configuration} when it is new.
   *
   * @return the outcome; empty when the shared buckets cannot be reached now
   */
  Optional<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration);

  /** No shared buckets: every process counts by itself. */
  static SharedBuckets none() {
    return (key, configuration) -> Optional.empty();
  }
}
