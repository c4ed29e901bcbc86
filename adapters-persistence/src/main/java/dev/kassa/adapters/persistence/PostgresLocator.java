package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.LocatedDatabase.Origin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the PostgreSQL to use: the configured {@code DATABASE_URL}, else an embedded server started
 * by this process, keeping its data in a directory between runs. It never falls back to another
 * server: a database nobody named is never written to. When the directory is held by another
 * process, or the embedded server does not start, it fails with a message saying what to set.
 */
public final class PostgresLocator {

  private static final String EMBEDDED_DATABASE = "kassa";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresLocator.class);

  private PostgresLocator() {}

  /**
   * The configured database, or else the embedded one kept in {@code embeddedDataDir}.
   *
   * @throws DataDirectoryInUseException when another live process holds {@code embeddedDataDir}
   */
  public static LocatedDatabase locate(DatabaseSettings settings, Path embeddedDataDir) {
    if (settings.isConfigured()) {
      var target = settings.target();
      LOG.info("Using the PostgreSQL configured by DATABASE_URL: {}", target.safeUrl());
      return pooled(Origin.CONFIGURED, target, settings, () -> {});
    }
    DataDirectoryLock lock;
    try {
      lock = DataDirectoryLock.acquire(embeddedDataDir);
    } catch (IOException e) {
      throw notStarted(embeddedDataDir, e);
    }
    try {
      return embedded(settings, embeddedDataDir, lock);
    } catch (Exception e) {
      lock.close();
      throw notStarted(embeddedDataDir, e);
    }
  }

  private static IllegalStateException notStarted(Path dataDir, Exception cause) {
    return new IllegalStateException(
        "The embedded PostgreSQL in "
            + dataDir
            + " did not start ("
            + cause
            + "). Set DATABASE_URL (and DATABASE_USER / DATABASE_PASSWORD) to a PostgreSQL"
            + " database, or KASSA_DATA_DIR to another directory.",
        cause);
  }

  /**
   * The embedded server keeps the data of a development server between runs, so it is made durable:
   * the library's defaults (fsync and synchronous commit off) suit throwaway test databases only.
   */
  private static LocatedDatabase embedded(
      DatabaseSettings settings, Path dataDir, DataDirectoryLock lock) throws Exception {
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
      return pooled(
          Origin.EMBEDDED,
          target,
          settings,
          () -> {
            try (lock) {
              server.close();
            }
          });
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

  private static LocatedDatabase pooled(
      Origin origin, JdbcTarget target, DatabaseSettings settings, LocatedDatabase.Server server) {
    var pool =
        ConnectionPools.open(target, "kassa", settings.maximumPoolSize(), settings.timeouts());
    return new LocatedDatabase(origin, target, pool, server);
  }
}
