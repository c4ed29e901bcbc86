package dev.kassa.adapters.redis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.RedisProtocol;

/**
 * A pool of connections to one Redis, with short timeouts so that a Redis that does not answer
 * costs a request little, and the {@link RedisOutage} that says whether it answers. Every key Kassa
 * writes starts with the prefix, so that several deployments (or tests) may share one Redis.
 */
// JedisPool (and ssl(boolean)) are deprecated in Jedis 8, but bucket4j's Jedis proxy manager takes
// a
// JedisPool, so the pool stays until it accepts the newer client.
@SuppressWarnings("deprecation")
public final class RedisConnection implements AutoCloseable {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration DEFAULT_RETRY_PAUSE = Duration.ofSeconds(1);
  public static final String DEFAULT_KEY_PREFIX = "kassa:";
  private static final int MAX_CONNECTIONS = 64;

  private final JedisPool pool;
  private final String keyPrefix;
  private final RedisOutage outage;

  private RedisConnection(JedisPool pool, String keyPrefix, RedisOutage outage) {
    this.pool = pool;
    this.keyPrefix = keyPrefix;
    this.outage = outage;
  }

  /** Opens a pool to {@code redis://[user:pass@]host:port[/db]} with the default settings. */
  public static RedisConnection open(URI url) {
    return open(url, DEFAULT_TIMEOUT, DEFAULT_RETRY_PAUSE, DEFAULT_KEY_PREFIX);
  }

  /**
   * Opens a pool; no connection is made before the first call, so a Redis that is down at start
   * only makes the first calls fall back.
   *
   * @param timeout the connect and read timeout of every call, and the longest wait for a pooled
   *     connection
   * @param retryPause how long calls are not tried after one failed
   */
  public static RedisConnection open(
      URI url, Duration timeout, Duration retryPause, String keyPrefix) {
    var millis = Math.toIntExact(timeout.toMillis());
    var client =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(millis)
            .socketTimeoutMillis(millis)
            .protocol(RedisProtocol.RESP2)
            .ssl("rediss".equals(url.getScheme()))
            .database(database(url));
    credentials(url, client);
    var poolConfig = new GenericObjectPoolConfig<Jedis>();
    poolConfig.setMaxTotal(MAX_CONNECTIONS);
    poolConfig.setMaxIdle(MAX_CONNECTIONS);
    poolConfig.setMaxWait(timeout);
    poolConfig.setJmxEnabled(false);
    var address = new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    var pool = new JedisPool(poolConfig, address, client.build());
    var outage = new RedisOutage(address.toString(), retryPause, System::nanoTime);
    return new RedisConnection(pool, keyPrefix, outage);
  }

  /** Runs {@code action} on a pooled connection; see {@link RedisOutage#attempt}. */
  <T> Optional<T> withJedis(Function<Jedis, T> action) {
    return outage.attempt(
        () -> {
          try (var jedis = pool.getResource()) {
            return action.apply(jedis);
          }
        });
  }

  /** Runs a call that talks to Redis through this pool by itself; see {@link RedisOutage}. */
  <T> Optional<T> attempt(Supplier<T> call) {
    return outage.attempt(call);
  }

  JedisPool pool() {
    return pool;
  }

  String key(String name) {
    return keyPrefix + name;
  }

  /** Whether the last call failed and Redis is being bypassed. */
  public boolean isDown() {
    return outage.isDown();
  }

  @Override
  public void close() {
    pool.close();
  }

  private static int database(URI url) {
    var path = url.getPath();
    return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
  }

  private static void credentials(URI url, DefaultJedisClientConfig.Builder client) {
    var userInfo = url.getRawUserInfo();
    if (userInfo == null || userInfo.isEmpty()) {
      return;
    }
    var colon = userInfo.indexOf(':');
    if (colon < 0) {
      client.password(decode(userInfo));
      return;
    }
    var user = decode(userInfo.substring(0, colon));
    if (!user.isEmpty()) {
      client.user(user);
    }
    client.password(decode(userInfo.substring(colon + 1)));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
