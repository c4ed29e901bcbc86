package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.LocatedDatabase.Origin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the PostgreSQL to use, in this order: the configured {@code DATABASE_URL}; an embedded
 * server started by this process, keeping its data in a directory between runs; a local server on
 * {@code localhost:5432} as user {@code postgres}. Fails with a message saying what to set when
 * none is available.
 */
public final class PostgresLocator {

  static final JdbcTarget LOCAL =
      new JdbcTarget("jdbc:postgresql://localhost:5432/postgres", "postgres", null);

  private static final String EMBEDDED_DATABASE = "kassa";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresLocator.class);

  private PostgresLocator() {}

  public static LocatedDatabase locate(DatabaseSettings settings, Path embeddedDataDir) {
    return locate(settings, embeddedDataDir, LOCAL);
  }

  static LocatedDatabase locate(DatabaseSettings settings, Path embeddedDataDir, JdbcTarget local) {
    if (settings.isConfigured()) {
      var target = settings.target();
      LOG.info("Using the PostgreSQL configured by DATABASE_URL: {}", target.safeUrl());
      return pooled(Origin.CONFIGURED, target, settings, () -> {});
    }
    Exception embeddedFailure;
    try {
      return embedded(settings, embeddedDataDir);
    } catch (Exception e) {
      embeddedFailure = e;
      LOG.warn("The embedded PostgreSQL did not start ({}); trying {}", e, local.safeUrl());
    }
    try {
      checkAnswers(local);
      LOG.info("Using the local PostgreSQL at {}", local.safeUrl());
      return pooled(Origin.LOCAL, local, settings, () -> {});
    } catch (SQLException e) {
      var failure =
          new IllegalStateException(
              "No PostgreSQL available: the embedded server did not start and nothing answers at "
                  + local.safeUrl()
                  + ". Set DATABASE_URL (and DATABASE_USER / DATABASE_PASSWORD) to"
                  + " a PostgreSQL database.",
              e);
      failure.addSuppressed(embeddedFailure);
      throw failure;
    }
  }

  /**
   * The embedded server keeps the data of a development server between runs, so it is made durable:
   * the library's defaults (fsync and synchronous commit off) suit throwaway test databases only.
   */
  private static LocatedDatabase embedded(DatabaseSettings settings, Path dataDir)
      throws Exception {
    Files.createDirectories(dataDir);
    var server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    try {
      createDatabaseIfMissing(server);
      var target =
          new JdbcTarget(
              "jdbc:postgresql://localhost:" + server.getPort() + "/" + EMBEDDED_DATABASE,
              "postgres",
              null);
      LOG.info(
          "Using an embedded PostgreSQL on port {} with its data in {}",
          server.getPort(),
          dataDir.toAbsolutePath());
      return pooled(Origin.EMBEDDED, target, settings, server::close);
    } catch (Exception e) {
      server.close();
      throw e;
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres server) throws SQLException {
    try (var connection = server.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, EMBEDDED_DATABASE);
      try (var found = exists.executeQuery()) {
        if (!found.next()) {
          try (var create = connection.createStatement()) {
            create.execute("create database " + EMBEDDED_DATABASE);
          }
        }
      }
    }
  }

  private static void checkAnswers(JdbcTarget target) throws SQLException {
    var properties = new Properties();
    properties.setProperty("user", target.user());
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    properties.setProperty("connectTimeout", "3");
    try (var connection = DriverManager.getConnection(target.url(), properties)) {
      connection.isValid(3);
    }
  }

  private static LocatedDatabase pooled(
      Origin origin, JdbcTarget target, DatabaseSettings settings, LocatedDatabase.Server server) {
    var pool =
        ConnectionPools.open(target, "kassa", settings.maximumPoolSize(), settings.timeouts());
    return new LocatedDatabase(origin, target, pool, server);
  }
}
