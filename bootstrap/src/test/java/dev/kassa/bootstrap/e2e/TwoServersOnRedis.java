package dev.kassa.bootstrap.e2e;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.adapters.redis.testing.RedisServerProcess;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Two assembled servers, as two Kassa processes, on one fresh PostgreSQL database and one {@code
 * redis-server} of their own (which a test may stop and start again), with one token key (a token
 * from one is good on the other), an administrator and a general rate limit of {@link
 * #REQUESTS_PER_MINUTE} unless another is given.
 */
final class TwoServersOnRedis implements AutoCloseable {

  static final int REQUESTS_PER_MINUTE = 40;

  final String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
  final String adminPassword = "admin-" + UUID.randomUUID();
  final RedisServerProcess redis = RedisServerProcess.start();
  final KassaServer serverA;
  final KassaServer serverB;
  final KassaHttp httpA;
  final KassaHttp httpB;

  TwoServersOnRedis() {
    this(REQUESTS_PER_MINUTE);
  }

  TwoServersOnRedis(int requestsPerMinute) {
    var environment = environment(requestsPerMinute);
    serverA = KassaServer.start(KassaConfig.fromEnvironment(environment));
    serverB = KassaServer.start(KassaConfig.fromEnvironment(environment));
    var contract = OpenApiContract.fromClasspath();
    httpA = new KassaHttp(serverA.port(), contract);
    httpB = new KassaHttp(serverB.port(), contract);
  }

  private Map<String, String> environment(int requestsPerMinute) {
    var database = TestDatabase.emptyDatabase();
    var variables = new HashMap<String, String>();
    variables.put("KASSA_ENV", "test");
    variables.put("PORT", "0");
    variables.put("DATABASE_URL", database.url());
    if (database.user() != null) {
      variables.put("DATABASE_USER", database.user());
    }
    if (database.password() != null) {
      variables.put("DATABASE_PASSWORD", database.password());
    }
    variables.put("BCRYPT_COST", "10");
    variables.put("RATE_LIMIT_REQUESTS_PER_MINUTE", Integer.toString(requestsPerMinute));
    variables.put("RATE_LIMIT_AUTH_PER_MINUTE", "1000000");
    variables.put("KASSA_ADMIN_EMAIL", adminEmail);
    variables.put("KASSA_ADMIN_PASSWORD", adminPassword);
    variables.put("PAYMENT_WEBHOOK_SECRET", "whsec_" + UUID.randomUUID());
    variables.put("JWT_SECRET", "jwt-" + UUID.randomUUID() + UUID.randomUUID());
    variables.put("CARD_FINGERPRINT_SECRET", "card-" + UUID.randomUUID() + UUID.randomUUID());
    variables.put("REDIS_URL", redis.url().toString());
    return Map.copyOf(variables);
  }

  @Override
  public void close() {
    try (redis) {
      serverA.close();
      serverB.close();
    }
  }
}
