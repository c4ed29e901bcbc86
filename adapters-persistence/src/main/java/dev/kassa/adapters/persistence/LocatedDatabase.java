package dev.kassa.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** A PostgreSQL database found by {@link PostgresLocator}, with a pool of connections to it. */
// "try": close() may throw what stopping the embedded server throws, InterruptedException included,
// and its callers close it in a finally or a catch of their own, never in a try-with-resources.
@SuppressWarnings("try")
public final class LocatedDatabase implements AutoCloseable {

  /** Where the database was found. */
  public enum Origin {
    /** {@code DATABASE_URL}. */
    CONFIGURED,
    /** A server this process started and stops on {@link #close()}. */
    EMBEDDED
  }

  /** What to stop once the pool is closed. */
  @FunctionalInterface
  interface Server {
    void stop() throws Exception;
  }

  private final Origin origin;
  private final JdbcTarget target;
  private final HikariDataSource pool;
  private final Server server;

  LocatedDatabase(Origin origin, JdbcTarget target, HikariDataSource pool, Server server) {
    this.origin = origin;
    this.target = target;
    this.pool = pool;
    this.server = server;
  }

  public Origin origin() {
    return origin;
  }

  public JdbcTarget target() {
    return target;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Closes the pool, then stops the embedded server if there is one. */
  @Override
  public void close() throws Exception {
    try {
      pool.close();
    } finally {
      server.stop();
    }
  }
}
