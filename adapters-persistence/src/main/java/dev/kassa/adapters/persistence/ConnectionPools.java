package dev.kassa.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * HikariCP pools configured the way the adapters expect: READ COMMITTED, autocommit on, and the
 * {@link PoolTimeouts} that make a dead or slow database an answer within seconds rather than a
 * hang: the pool's connection timeout, pgjdbc's connect, login and socket timeouts, and a {@code
 * statement_timeout} set on each connection when it is opened ({@code SET LOCAL} in a transaction
 * may raise it for that transaction only).
 */
public final class ConnectionPools {

  public static final int DEFAULT_MAXIMUM_SIZE = 10;

  private ConnectionPools() {}

  public static HikariDataSource open(
      JdbcTarget target, String name, int maximumSize, PoolTimeouts timeouts) {
    var config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(target.url());
    config.setUsername(target.user());
    config.setPassword(target.password());
    config.setMaximumPoolSize(maximumSize);
    config.setMinimumIdle(Math.min(2, maximumSize));
    config.setAutoCommit(true);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setConnectionTimeout(timeouts.connect().toMillis());
    config.setValidationTimeout(Math.max(250, timeouts.connect().toMillis() / 2));
    config.setConnectionInitSql("set statement_timeout = " + timeouts.statement().toMillis());
    config.addDataSourceProperty("connectTimeout", String.valueOf(timeouts.connectSeconds()));
    config.addDataSourceProperty("loginTimeout", String.valueOf(timeouts.connectSeconds()));
    config.addDataSourceProperty("socketTimeout", String.valueOf(timeouts.socketTimeoutSeconds()));
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "kassa");
    return new HikariDataSource(config);
  }
}
