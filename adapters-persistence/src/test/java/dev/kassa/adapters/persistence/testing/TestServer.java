package dev.kassa.adapters.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.kassa.adapters.persistence.ConnectionPools;
import dev.kassa.adapters.persistence.DatabaseSettings;
import dev.kassa.adapters.persistence.JdbcTarget;
import dev.kassa.adapters.persistence.Migrations;
import dev.kassa.adapters.persistence.PoolTimeouts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL server of a test JVM (DATABASE_URL, else an embedded server, else
 * 127.0.0.1:5432 as postgres), on which each caller gets a fresh, migrated database. Only the tests
 * fall back to the local server, and only into databases of their own; the application never does.
 * Everything is closed, dropped or stopped when the JVM exits.
 */
final class TestServer {

  private static final Logger LOG = LoggerFactory.getLogger(TestServer.class);
  private static final JdbcTarget LOCAL =
      new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null);
  private static final int POOL_SIZE = 20;

  private final JdbcTarget admin;
  private final EmbeddedPostgres embedded;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<String> databases = new ArrayList<>();

  private TestServer(JdbcTarget admin, EmbeddedPostgres embedded) {
    this.admin = admin;
    this.embedded = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "test-database-shutdown"));
  }

  static TestServer start() {
    var settings = DatabaseSettings.fromEnvironment(System.getenv());
    if (settings.isConfigured()) {
      LOG.info("Test databases live on DATABASE_URL: {}", settings.target().safeUrl());
      return new TestServer(settings.target(), null);
    }
    try {
      var server =
          EmbeddedPostgres.builder()
              .setRegisterShutdownHook(false)
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "300")
              .setServerConfig("deadlock_timeout", "100ms")
              .start();
      var admin =
          new JdbcTarget(
              "jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", null);
      LOG.info("Test databases live on an embedded PostgreSQL, port {}", server.getPort());
      return new TestServer(admin, server);
    } catch (Exception e) {
      LOG.warn("The embedded PostgreSQL did not start ({}); using {}", e, LOCAL.safeUrl());
      return new TestServer(LOCAL, null);
    }
  }

  /** A new database with the current schema, and a pool of connections to it. */
  synchronized HikariDataSource createMigrated() {
    var target = createEmpty();
    var pool = ConnectionPools.open(target, "kassa-test", POOL_SIZE, PoolTimeouts.API);
    pools.add(pool);
    Migrations.migrate(pool);
    return pool;
  }

  /** A new, empty database: no tables, no pool. */
  synchronized JdbcTarget createEmpty() {
    var name = "kassa_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    execute("create database " + name);
    databases.add(name);
    return admin.withDatabase(name);
  }

  private void execute(String sql) {
    var properties = new Properties();
    properties.setProperty("user", admin.user());
    if (admin.password() != null) {
      properties.setProperty("password", admin.password());
    }
    try (var connection = DriverManager.getConnection(admin.url(), properties);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed: " + sql, e);
    }
  }

  private synchronized void shutDown() {
    pools.forEach(HikariDataSource::close);
    try {
      if (embedded != null) {
        embedded.close();
      } else {
        databases.forEach(name -> execute("drop database if exists " + name + " with (force)"));
      }
    } catch (Exception e) {
      LOG.warn("Test database clean-up failed", e);
    }
  }
}
