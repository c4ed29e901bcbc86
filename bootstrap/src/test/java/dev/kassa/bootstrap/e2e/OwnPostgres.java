package dev.kassa.bootstrap.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An embedded PostgreSQL of one test's own, on a free port and a data directory that outlives a
 * stop: {@link #stop()} shuts it down as an operator would (fast shutdown: sessions are ended with
 * {@code 57P01}) and {@link #start()} brings it back with the same data on the same port. Never the
 * machine's shared server.
 */
final class OwnPostgres implements AutoCloseable {

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private OwnPostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  static OwnPostgres startIn(Path dataDir) throws IOException {
    var postgres = new OwnPostgres(dataDir, freePort());
    postgres.start();
    return postgres;
  }

  void start() throws IOException {
    server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setRegisterShutdownHook(false)
            .start();
  }

  void stop() throws IOException {
    server.close();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** A connection of the test's own, as an operator's session beside Kassa's pool. */
  Connection admin() throws SQLException {
    return DriverManager.getConnection(jdbcUrl() + "?ApplicationName=e2e-admin", "postgres", "");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
