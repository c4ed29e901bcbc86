package dev.kassa.adapters.redis;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import redis.clients.jedis.params.ScanParams;

/** Connections to the machine's Redis under a key prefix of the test's own, removed at the end. */
final class TestRedis implements AutoCloseable {

  static final URI MACHINE = URI.create("redis://127.0.0.1:6379");

  private final URI url;
  private final String prefix = "kassa-test:" + UUID.randomUUID() + ":";

  TestRedis(URI url) {
    this.url = url;
  }

  static TestRedis onMachine() {
    return new TestRedis(MACHINE);
  }

  /** A new pool, as another process would open. */
  RedisConnection connect() {
    return connect(Duration.ofSeconds(1));
  }

  RedisConnection connect(Duration retryPause) {
    return RedisConnection.open(url, RedisConnection.DEFAULT_TIMEOUT, retryPause, prefix);
  }

  @Override
  public void close() {
    try (var redis = connect()) {
      redis.withJedis(
          jedis -> {
            var params = new ScanParams().match(prefix + "*").count(1000);
            var cursor = ScanParams.SCAN_POINTER_START;
            do {
              var page = jedis.scan(cursor, params);
              if (!page.getResult().isEmpty()) {
                jedis.del(page.getResult().toArray(String[]::new));
              }
              cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            return true;
          });
    }
  }
}
