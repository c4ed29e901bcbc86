package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.LocatedDatabase.Origin;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresLocatorTest {

  private static final JdbcTarget NOBODY =
      new JdbcTarget("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", null);

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
  void localServerIsTheFallbackWhenNoEmbeddedOneStarts() throws Exception {
    var local = TestDatabase.emptyDatabase();
    var notADirectory = Files.createFile(dir.resolve("file"));

    try (var database =
        PostgresLocator.locate(DatabaseSettings.none(), notADirectory.resolve("data"), local)) {
      assertThat(database.origin()).isEqualTo(Origin.LOCAL);
      assertThat(selectOne(database.dataSource())).isEqualTo(1);
    }
  }

  @Test
  void withoutAnyDatabaseTheErrorSaysWhatToSet() throws Exception {
    var notADirectory = Files.createFile(dir.resolve("file"));

    assertThatThrownBy(
            () ->
                PostgresLocator.locate(
                    DatabaseSettings.none(), notADirectory.resolve("data"), NOBODY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Set DATABASE_URL");
  }

  private static int selectOne(DataSource dataSource) {
    return ((Number) DSL.using(dataSource, SQLDialect.POSTGRES).fetchValue("select 1")).intValue();
  }
}
