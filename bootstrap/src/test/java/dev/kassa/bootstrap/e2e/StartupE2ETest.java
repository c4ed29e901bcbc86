package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.DataDirectoryLock;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code Main} in a JVM of its own, failing to start for reasons an operator fixes: each
 * ends in one line naming what to set, a non-zero exit and no stack trace.
 */
class StartupE2ETest {

  private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @TempDir Path dir;

  @Test
  void aDataDirectoryHeldByAnotherProcessStopsTheServerAndNoOtherDatabaseIsTouched()
      throws Exception {
    var data = dir.resolve("data");
    Files.writeString(dir.resolve(".env"), "KASSA_DATA_DIR=" + data + "\n");
    var localTablesBefore = localServerTables();

    var held = DataDirectoryLock.acquire(data);
    Run run;
    try {
      run = startMain(Map.of());
    } finally {
      held.close();
    }

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines())
        .contains(
            "Kassa cannot start: "
                + data
                + " is in use by process "
                + ProcessHandle.current().pid()
                + "; set KASSA_DATA_DIR or DATABASE_URL");
    assertThat(run.lines()).noneMatch(line -> line.contains("Exception") || line.contains("\tat "));
    assertThat(localServerTables()).isEqualTo(localTablesBefore);
  }

  @Test
  void aBusyPortIsOneLine() throws Exception {
    var database = TestDatabase.emptyDatabase();
    Files.writeString(dir.resolve(".env"), "PORT=1\nDATABASE_URL=" + database.url() + "\n");
    try (var busy = new ServerSocket(0)) {
      var port = Integer.toString(busy.getLocalPort());

      var run = startMain(Map.of("PORT", port, "DATABASE_USER", database.user()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.lines()).contains("Kassa cannot start: port " + port + " is in use; set PORT");
      assertThat(run.lines())
          .noneMatch(line -> line.contains("Exception") || line.contains("\tat "));
    }
  }

  private record Run(int exitCode, List<String> lines) {}

  private Run startMain(Map<String, String> environment) throws Exception {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.kassa.bootstrap.Main"));
    var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "KASSA_DATA_DIR", "PORT")
        .forEach(builder.environment()::remove);
    builder.environment().putAll(environment);
    var output = dir.resolve("output.txt");
    var process = builder.redirectOutput(output.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Main did not stop; see " + Files.readString(output));
    }
    return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
  }

  /** The tables of the machine's {@code postgres} database, when a server answers there. */
  private static Optional<List<String>> localServerTables() {
    try (var connection = DriverManager.getConnection(LOCAL_SERVER, "postgres", "");
        var tables =
            connection
                .createStatement()
                .executeQuery(
                    "select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_schema not in ('pg_catalog', 'information_schema')"
                        + " order by 1")) {
      var names = new ArrayList<String>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      return Optional.of(names);
    } catch (SQLException nobodyThere) {
      return Optional.empty();
    }
  }
}
