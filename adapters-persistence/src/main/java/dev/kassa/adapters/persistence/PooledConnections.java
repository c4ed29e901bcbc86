package dev.kassa.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Lends jOOQ the data source's connections, as jOOQ's own {@code DataSourceConnectionProvider}
 * does, each wrapped as a {@link PooledConnection}: it answers {@link
 * Connection#getTransactionIsolation()} without asking the server (jOOQ reads the level at the
 * start of every transaction, only to restore it afterwards when the transaction was given an
 * isolation property of its own, which Kassa never gives), and it can run a hook before each
 * statement.
 */
final class PooledConnections implements ConnectionProvider {

  private final DataSource dataSource;

  PooledConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection acquire() {
    try {
      return new PooledConnection(dataSource.getConnection());
    } catch (SQLException e) {
      throw new DataAccessException("Error getting connection from data source " + dataSource, e);
    }
  }

  @Override
  public void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DataAccessException("Error closing connection " + connection, e);
    }
  }
}
