package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migratingAnUpToDateDatabaseRunsNothing() {
    assertThat(Migrations.migrate(TestDatabase.dataSource())).isZero();
  }

  @Test
  void aTargetIsMigratedOverConnectionsOfItsOwn() {
    var target = TestDatabase.emptyDatabase();

    assertThat(Migrations.migrate(target)).isPositive();
    assertThat(Migrations.migrate(target)).isZero();
  }
}
