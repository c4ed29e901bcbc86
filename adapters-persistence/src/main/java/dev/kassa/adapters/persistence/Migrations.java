package dev.kassa.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with the Flyway scripts in {@code db/migration}. */
public final class Migrations {

  private Migrations() {}

  /** Applies the pending migrations and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
