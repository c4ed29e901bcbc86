package dev.kassa.adapters.persistence.testing;

import dev.kassa.adapters.persistence.JdbcTarget;
import javax.sql.DataSource;

/**
 * PostgreSQL for tests: one server per test JVM, started on first use (DATABASE_URL with
 * DATABASE_USER / DATABASE_PASSWORD when set, else an embedded server, else 127.0.0.1:5432 as user
 * postgres). Each test JVM works in a fresh database of its own, {@code kassa_test_<random>},
 * migrated to the current schema, so runs never see each other.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** The migrated database of this test JVM, shared by all its tests; a pooled data source. */
  public static DataSource dataSource() {
    return Shared.DATA_SOURCE;
  }

  /** Another fresh, migrated database, for a test that must not see anyone else's rows. */
  public static DataSource freshDataSource() {
    return Server.INSTANCE.createMigrated();
  }

  /**
   * A new database without any table, as a connection target: for a test that configures an
   * application with it (as {@code DATABASE_URL} would) and lets the application migrate it.
   */
  public static JdbcTarget emptyDatabase() {
    return Server.INSTANCE.createEmpty();
  }

  private static final class Server {
    static final TestServer INSTANCE = TestServer.start();
  }

  private static final class Shared {
    static final DataSource DATA_SOURCE = Server.INSTANCE.createMigrated();
  }
}
