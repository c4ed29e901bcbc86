package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A unit of work asks the driver nothing about its connection before its own statements. */
class PooledConnectionsTest {

  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final JooqDatabase database = new JooqDatabase(observed(TestDatabase.dataSource()));

  @Test
  void aUnitOfWorkCommitsWithoutAskingTheServerForTheIsolationLevel() {
    var transactions = new JooqTransactions(database);

    var answer = transactions.inTransaction(() -> database.dsl().fetchValue("select 42"));

    assertThat(answer).isEqualTo(42);
    assertThat(asked).contains("setAutoCommit", "commit").doesNotContain("getTransactionIsolation");
  }

  @Test
  void theConnectionGoesBackToThePoolAfterTheUnitOfWork() {
    var transactions = new JooqTransactions(database);

    transactions.run(() -> database.dsl().execute("select 1"));

    assertThat(asked).endsWith("close");
  }

  /** {@code dataSource}, recording the name of every call made on the connections it lends. */
  private DataSource observed(DataSource dataSource) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              var result = invoke(dataSource, method, args);
              return result instanceof Connection connection ? observed(connection) : result;
            });
  }

  private Connection observed(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              asked.add(method.getName());
              return invoke(connection, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
