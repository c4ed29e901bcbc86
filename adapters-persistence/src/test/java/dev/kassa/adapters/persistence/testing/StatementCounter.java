package dev.kassa.adapters.persistence.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source that counts the statements its connections prepare or create. */
public final class StatementCounter {

  private final AtomicInteger statements = new AtomicInteger();
  private final DataSource dataSource;

  public StatementCounter(DataSource counted) {
    this.dataSource =
        proxy(
            DataSource.class,
            counted,
            (method, result) ->
                method.getName().equals("getConnection")
                    ? proxy(
                        Connection.class,
                        (Connection) result,
                        (call, made) -> {
                          if (call.getName().endsWith("Statement")) {
                            statements.incrementAndGet();
                          }
                          return made;
                        })
                    : result);
  }

  /** The counting data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The statements counted since the last {@link #reset}. */
  public int count() {
    return statements.get();
  }

  public void reset() {
    statements.set(0);
  }

  private interface AfterCall {
    Object apply(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, arguments) -> {
              try {
                return after.apply(method, method.invoke(target, arguments));
              } catch (InvocationTargetException failure) {
                throw failure.getCause();
              }
            }));
  }
}
