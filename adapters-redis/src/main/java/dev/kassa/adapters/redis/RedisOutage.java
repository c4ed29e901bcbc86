package dev.kassa.adapters.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Whether Redis answers. A call that fails on Redis marks it down: that is logged once at warn, and
 * for a short pause no call is tried at all (so a Redis that times out does not slow every
 * request); after the pause the next call tries again, and the first that succeeds logs, once, that
 * Redis is back.
 */
final class RedisOutage {

  private static final Logger LOG = LoggerFactory.getLogger(RedisOutage.class);

  private final String where;
  private final long pauseNanos;
  private final LongSupplier nanoTime;
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong retryAt = new AtomicLong();

  RedisOutage(String where, Duration pause, LongSupplier nanoTime) {
    this.where = where;
    this.pauseNanos = pause.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Runs {@code call}, which must not return null.
   *
   * @return its result; empty when Redis is down (the call was not tried) or failed now
   */
  <T> Optional<T> attempt(Supplier<T> call) {
    if (down.get() && nanoTime.getAsLong() - retryAt.get() < 0) {
      return Optional.empty();
    }
    try {
      var result = call.get();
      if (down.compareAndSet(true, false)) {
        LOG.info("Redis at {} answers again: the shared cache and rate limits are back", where);
      }
      return Optional.of(result);
    } catch (RuntimeException failed) {
      if (!causedByRedis(failed)) {
        throw failed;
      }
      retryAt.set(nanoTime.getAsLong() + pauseNanos);
      if (down.compareAndSet(false, true)) {
        LOG.warn(
            "Redis at {} does not answer ({}): the product cache is bypassed and rate limits count"
                + " in this process until it is back",
            where,
            failed.toString());
      }
      return Optional.empty();
    }
  }

  boolean isDown() {
    return down.get();
  }

  private static boolean causedByRedis(Throwable failed) {
    for (var cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof JedisException) {
        return true;
      }
    }
    return false;
  }
}
