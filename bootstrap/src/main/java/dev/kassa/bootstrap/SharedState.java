package dev.kassa.bootstrap;

import dev.kassa.adapters.caffeine.CaffeineProductCache;
import dev.kassa.adapters.redis.RedisConnection;
import dev.kassa.adapters.redis.RedisProductCache;
import dev.kassa.adapters.redis.RedisRateLimitBuckets;
import dev.kassa.adapters.web.ratelimit.SharedBuckets;
import dev.kassa.bootstrap.config.Integrations;
import dev.kassa.domain.image.ProductImageIdsCache;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What several Kassa processes share: with {@code REDIS_URL}, the product cache and the rate limit
 * buckets on that Redis (each falling back to the database or to this process while Redis does not
 * answer); without it, an in-process cache and per-process rate limits.
 */
record SharedState(
    ProductImageIdsCache productCache, SharedBuckets buckets, Optional<RedisConnection> redis)
    implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SharedState.class);

  static SharedState from(Integrations integrations) {
    return integrations
        .redisUrl()
        .map(url -> onRedis(URI.create(url.value())))
        .orElseGet(SharedState::inProcess);
  }

  private static SharedState onRedis(URI url) {
    var redis = RedisConnection.open(url);
    var buckets = new RedisRateLimitBuckets(redis);
    LOG.info(
        "product cache and rate limits shared on Redis at {}:{}",
        url.getHost(),
        url.getPort() < 0 ? 6379 : url.getPort());
    return new SharedState(
        new RedisProductCache(redis, RedisProductCache.DEFAULT_EXPIRE_AFTER_WRITE),
        buckets::tryConsume,
        Optional.of(redis));
  }

  private static SharedState inProcess() {
    LOG.info("product cache and rate limits in this process (REDIS_URL is not set)");
    return new SharedState(
        CaffeineProductCache.withDefaults(), SharedBuckets.none(), Optional.empty());
  }

  @Override
  public void close() {
    redis.ifPresent(RedisConnection::close);
  }
}
