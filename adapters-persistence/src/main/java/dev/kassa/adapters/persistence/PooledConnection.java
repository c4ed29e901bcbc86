package dev.kassa.adapters.persistence;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.jooq.tools.jdbc.DefaultConnection;

/**
 * A connection of the pool as {@link PooledConnections} lends it to jOOQ: it answers {@link
 * #getTransactionIsolation()} without asking the server, and it can run a hook before each
 * statement it makes and each savepoint it sets, which a grouped unit of work uses to write what it
 * held back first ({@link WriteBehind}).
 */
final class PooledConnection extends DefaultConnection {

  private Runnable beforeUse = PooledConnection::nothing;

  PooledConnection(Connection delegate) {
    super(delegate);
  }

  /** Runs {@code hook} before every statement and savepoint until {@link #unhooked()}. */
  void hooked(Runnable hook) {
    beforeUse = hook;
  }

  void unhooked() {
    beforeUse = PooledConnection::nothing;
  }

  private static void nothing() {}

  /**
   * READ COMMITTED, the level {@link ConnectionPools} sets and PostgreSQL's default: jOOQ reads the
   * level at the start of every transaction, and pgjdbc would answer with a {@code SHOW TRANSACTION
   * ISOLATION LEVEL} round trip.
   */
  @Override
  public int getTransactionIsolation() {
    return TRANSACTION_READ_COMMITTED;
  }

  @Override
  public Statement createStatement() throws SQLException {
    beforeUse.run();
    return super.createStatement();
  }

  @Override
  public Statement createStatement(int type, int concurrency) throws SQLException {
    beforeUse.run();
    return super.createStatement(type, concurrency);
  }

  @Override
  public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
    beforeUse.run();
    return super.createStatement(type, concurrency, holdability);
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int keys) throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql, keys);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columns) throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql, columns);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columns) throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql, columns);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency)
      throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql, type, concurrency);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    beforeUse.run();
    return super.prepareStatement(sql, type, concurrency, holdability);
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    beforeUse.run();
    return super.prepareCall(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
    beforeUse.run();
    return super.prepareCall(sql, type, concurrency);
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    beforeUse.run();
    return super.prepareCall(sql, type, concurrency, holdability);
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    beforeUse.run();
    return super.setSavepoint();
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    beforeUse.run();
    return super.setSavepoint(name);
  }
}
