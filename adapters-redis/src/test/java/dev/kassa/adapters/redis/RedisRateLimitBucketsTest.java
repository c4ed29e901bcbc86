package dev.kassa.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rate limit buckets on the machine's Redis, shared by two pools as two processes would be. */
class RedisRateLimitBucketsTest {

  static final BucketConfiguration THREE_PER_MINUTE =
      BucketConfiguration.builder()
          .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofMinutes(1)))
          .build();

  private final TestRedis redis = TestRedis.onMachine();
  private final RedisConnection processA = redis.connect();
  private final RedisConnection processB = redis.connect();

  @AfterEach
  void cleanUp() {
    processA.close();
    processB.close();
    redis.close();
  }

  @Test
  void tokensTakenOnOneProcessAreGoneOnTheOther() {
    var bucketsA = new RedisRateLimitBuckets(processA);
    var bucketsB = new RedisRateLimitBuckets(processB);

    assertThat(bucketsA.tryConsume("ip:10.0.0.1", THREE_PER_MINUTE))
        .hasValueSatisfying(probe -> assertThat(probe.getRemainingTokens()).isEqualTo(2));
    assertThat(bucketsB.tryConsume("ip:10.0.0.1", THREE_PER_MINUTE))
        .hasValueSatisfying(probe -> assertThat(probe.getRemainingTokens()).isEqualTo(1));
    assertThat(bucketsA.tryConsume("ip:10.0.0.1", THREE_PER_MINUTE))
        .map(ConsumptionProbe::isConsumed)
        .contains(true);
    var refused = bucketsB.tryConsume("ip:10.0.0.1", THREE_PER_MINUTE).orElseThrow();

    assertThat(refused.isConsumed()).isFalse();
    assertThat(refused.getNanosToWaitForRefill()).isPositive();
    assertThat(bucketsB.tryConsume("ip:10.0.0.2", THREE_PER_MINUTE))
        .map(ConsumptionProbe::isConsumed)
        .contains(true);
  }
}
