package dev.kassa.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** Brings a database's schema up to date with the Flyway scripts in {@code db/migration}. */
public final class Migrations {

  private Migrations() {}

  /**
   * Applies the pending migrations over connections of their own, which no pool's statement or
   * socket timeout cuts short (a migration may rewrite a large table), and returns how many ran.
   */
  public static int migrate(JdbcTarget target) {
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL(target.url());
    if (target.user() != null) {
      dataSource.setUser(target.user());
    }
    if (target.password() != null) {
      dataSource.setPassword(target.password());
    }
    return migrate(dataSource);
  }

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
