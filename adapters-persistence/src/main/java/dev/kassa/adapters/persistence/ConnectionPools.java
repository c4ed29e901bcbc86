package dev.kassa.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools configured the way the adapters expect: READ COMMITTED, autocommit on. */
public final class ConnectionPools {

  public static final int DEFAULT_MAXIMUM_SIZE = 10;

  private ConnectionPools() {}

  public static HikariDataSource open(JdbcTarget target, String name, int maximumSize) {
    var config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(target.url());
    config.setUsername(target.user());
    config.setPassword(target.password());
    config.setMaximumPoolSize(maximumSize);
    config.setMinimumIdle(Math.min(2, maximumSize));
    config.setAutoCommit(true);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setConnectionTimeout(10_000);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "kassa");
    return new HikariDataSource(config);
  }
}
