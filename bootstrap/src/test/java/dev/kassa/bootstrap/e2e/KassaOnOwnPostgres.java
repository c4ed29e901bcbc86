package dev.kassa.bootstrap.e2e;

import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The assembled server on a PostgreSQL of its own ({@link OwnPostgres}), with short database
 * timeouts, an administrator, and the HTTP client that talks to it; for tests that stop or break
 * the database under a running server.
 */
final class KassaOnOwnPostgres implements AutoCloseable {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);

  private final String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
  private final String adminPassword = "admin-" + UUID.randomUUID();
  private final OwnPostgres postgres;
  private final KassaServer server;
  private final KassaHttp http;

  private KassaOnOwnPostgres(OwnPostgres postgres) {
    this.postgres = postgres;
    this.server =
        KassaServer.start(
            KassaConfig.fromEnvironment(
                Map.ofEntries(
                    Map.entry("KASSA_ENV", "test"),
                    Map.entry("PORT", "0"),
                    Map.entry("DATABASE_URL", postgres.jdbcUrl()),
                    Map.entry("DATABASE_USER", "postgres"),
                    Map.entry("DATABASE_CONNECT_TIMEOUT", CONNECT_TIMEOUT.toString()),
                    Map.entry("DATABASE_STATEMENT_TIMEOUT", STATEMENT_TIMEOUT.toString()),
                    Map.entry("BCRYPT_COST", "10"),
                    Map.entry("RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000"),
                    Map.entry("RATE_LIMIT_AUTH_PER_MINUTE", "1000000"),
                    Map.entry("KASSA_ADMIN_EMAIL", adminEmail),
                    Map.entry("KASSA_ADMIN_PASSWORD", adminPassword))));
    this.http = new KassaHttp(server.port(), OpenApiContract.fromClasspath());
  }

  static KassaOnOwnPostgres startIn(Path dataDir) throws IOException {
    var postgres = OwnPostgres.startIn(dataDir);
    try {
      return new KassaOnOwnPostgres(postgres);
    } catch (RuntimeException failed) {
      postgres.close();
      throw failed;
    }
  }

  OwnPostgres postgres() {
    return postgres;
  }

  KassaHttp http() {
    return http;
  }

  Bank bank() {
    return new Bank(http);
  }

  Caller admin() {
    return bank().logIn(adminEmail, adminPassword);
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      postgres.close();
    }
  }
}
