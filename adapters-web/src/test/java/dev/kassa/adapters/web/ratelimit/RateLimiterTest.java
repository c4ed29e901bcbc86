package dev.kassa.adapters.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.web.error.ApiException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rate limiter takes from the shared buckets when they answer, from its own when not. */
class RateLimiterTest {

  private final FakeSharedBuckets shared = new FakeSharedBuckets();
  private final RateLimiter limiter = new RateLimiter(RateLimitPolicy.of(2, 1), shared);

  @Test
  void sharedBucketsAreNamedPerLimitAndCaller() {
    limiter.admit("user:1");
    limiter.admitStrict("10.0.0.1", Optional.of(" Ann@Example.com"));

    assertThat(shared.keys)
        .containsExactly("general:user:1", "strict:ip:10.0.0.1", "strict:email:ann@example.com");
  }

  @Test
  void aCallerOverTheSharedLimitIsRefusedEvenIfThisProcessCountedNothing() {
    shared.take("general:user:1", 2);

    assertThatThrownBy(() -> limiter.admit("user:1"))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> assertThat(refused.headers()).containsKey("Retry-After"));
  }

  @Test
  void whileTheSharedBucketsDoNotAnswerThisProcessCounts() {
    shared.answering = false;

    limiter.admit("user:1");
    limiter.admit("user:1");

    assertThatThrownBy(() -> limiter.admit("user:1")).isInstanceOf(ApiException.class);
    assertThat(shared.buckets).isEmpty();
  }

  @Test
  void withoutSharedBucketsEveryProcessCountsByItself() {
    var alone = new RateLimiter(RateLimitPolicy.of(1, 1), SharedBuckets.none());

    alone.admit("ip:10.0.0.1");

    assertThatThrownBy(() -> alone.admit("ip:10.0.0.1")).isInstanceOf(ApiException.class);
  }

  /** Buckets another process would share, in a map; they can be made not to answer. */
  private static final class FakeSharedBuckets implements SharedBuckets {

    final Map<String, Bucket> buckets = new HashMap<>();
    final List<String> keys = new ArrayList<>();
    boolean answering = true;

    @Override
    public Optional<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
      if (!answering) {
        return Optional.empty();
      }
      keys.add(key);
      return Optional.of(bucket(key, configuration).tryConsumeAndReturnRemaining(1));
    }

    void take(String key, int tokens) {
      var configuration =
          BucketConfiguration.builder()
              .addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1)))
              .build();
      bucket(key, configuration).tryConsume(tokens);
    }

    private Bucket bucket(String key, BucketConfiguration configuration) {
      return buckets.computeIfAbsent(
          key, ignored -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }
  }
}
