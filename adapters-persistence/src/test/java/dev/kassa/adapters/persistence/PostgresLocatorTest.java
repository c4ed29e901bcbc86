package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.LocatedDatabase.Origin;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// LocatedDatabase.close() may wait for an embedded server to stop; some resources only have to be
// held.
@SuppressWarnings("try")
class PostgresLocatorTest {

  @TempDir Path dir;

  @Test
  void configuredDatabaseComesFirst() throws Exception {
    var target = TestDatabase.emptyDatabase();
    var settings =
        new DatabaseSettings(target.url(), target.user(), target.password(), 2, PoolTimeouts.API);

    try (var database = PostgresLocator.locate(settings, dir.resolve("unused"))) {
      assertThat(database.origin()).isEqualTo(Origin.CONFIGURED);
      assertThat(selectOne(database.dataSource())).isEqualTo(1);
    }
    assertThat(dir.resolve("unused")).doesNotExist();
  }

  @Test
  void embeddedServerKeepsItsDataBetweenRuns() throws Exception {
    var data = dir.resolve("data");
    try (var first = PostgresLocator.locate(DatabaseSettings.none(), data)) {
      assertThat(first.origin()).isEqualTo(Origin.EMBEDDED);
      assertThat(Migrations.migrate(first.dataSource())).isPositive();
    }

    try (var second = PostgresLocator.locate(DatabaseSettings.none(), data)) {
      assertThat(second.origin()).isEqualTo(Origin.EMBEDDED);
      assertThat(Migrations.migrate(second.dataSource())).isZero();
    }
  }

  @Test
  void withoutAnEmbeddedServerTheErrorSaysWhatToSetAndNothingElseIsTried() throws Exception {
    var notADirectory = Files.createFile(dir.resolve("file"));

    assertThatThrownBy(
            () -> PostgresLocator.locate(DatabaseSettings.none(), notADirectory.resolve("data")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Set DATABASE_URL");
  }

  @Test
  void aDataDirectoryInUseByAnotherServerStopsTheSecond() throws Exception {
    var data = dir.resolve("data");
    try (var first = PostgresLocator.locate(DatabaseSettings.none(), data)) {
      assertThatThrownBy(() -> PostgresLocator.locate(DatabaseSettings.none(), data))
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessage(
              data
                  + " is in use by process "
                  + ProcessHandle.current().pid()
                  + "; set KASSA_DATA_DIR or DATABASE_URL");
      assertThat(selectOne(first.dataSource())).isEqualTo(1);
    }
  }

  @Test
  void aDataDirectoryOfARunningPostgresIsInUseByThatPostgres() throws Exception {
    var data = dir.resolve("data");
    try (var other =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .start()) {
      var postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0);

      assertThatThrownBy(() -> PostgresLocator.locate(DatabaseSettings.none(), data))
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessageContaining(" is in use by process " + postmaster + ";");
    }
  }

  private static int selectOne(DataSource dataSource) {
    return ((Number) DSL.using(dataSource, SQLDialect.POSTGRES).fetchValue("select 1")).intValue();
  }
}
