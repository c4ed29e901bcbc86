package dev.kassa.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGStatement;

/**
 * A statement on a hot path, which jOOQ renders once per number of bound values and which then runs
 * over JDBC on the unit of work's connection. Rendering the same statements anew for every request
 * was about a fifth of the server's CPU under load; the SQL stays jOOQ's (and pgjdbc prepares it on
 * the server after a few uses, as before). Values are bound by {@link JdbcValues}; a failure that
 * means the database is unavailable becomes the core's exception, as {@link
 * UnavailableStorageListener} makes it for jOOQ's own statements. {@link RenderedInsert} and {@link
 * RenderedSelect} are its inserts and selects.
 */
final class RenderedStatement {

  /** What to do with the statement once its values are bound. */
  @FunctionalInterface
  interface Run<T> {
    T on(PreparedStatement statement) throws SQLException;
  }

  private final IntFunction<? extends Query> shape;
  private final boolean plannedEachRun;
  private final ConcurrentHashMap<Integer, String> sqlByValues = new ConcurrentHashMap<>();

  /**
   * @param shape the statement for a number of bound values, each a placeholder ({@code
   *     DSL.val(null, field)}), in the order in which they appear in its SQL and are given to
   *     {@link #run}; it may bind no other value
   */
  RenderedStatement(IntFunction<? extends Query> shape) {
    this(shape, false);
  }

  private RenderedStatement(IntFunction<? extends Query> shape, boolean plannedEachRun) {
    this.shape = shape;
    this.plannedEachRun = plannedEachRun;
  }

  /**
   * This statement, never prepared on the server, so that PostgreSQL plans it for the values of
   * each run: for statements on tables whose size changes fast (the event deliveries and the
   * outbox), where the generic plan a connection keeps from when the table was small (a sequential
   * scan, measured at 18-28 ms for 64 rows of 80,000) would stay until the next {@code ANALYZE}.
   */
  RenderedStatement plannedEachRun() {
    return new RenderedStatement(shape, true);
  }

  /** Binds {@code values} in order and runs {@code run} on the statement. */
  <T> T run(DSLContext dsl, List<?> values, Run<T> run) {
    var sql = sqlByValues.computeIfAbsent(values.size(), count -> render(dsl, count));
    try {
      return dsl.connectionResult(
          connection -> {
            try (var statement = connection.prepareStatement(sql)) {
              if (plannedEachRun) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
              }
              for (int i = 0; i < values.size(); i++) {
                JdbcValues.bind(statement, i + 1, values.get(i));
              }
              return run.on(statement);
            }
          });
    } catch (RuntimeException failure) {
      throw SqlErrors.translated(failure);
    }
  }

  /** Binds {@code values} and runs the statement; returns the number of rows it changed. */
  int update(DSLContext dsl, List<?> values) {
    return run(dsl, values, PreparedStatement::executeUpdate);
  }

  /**
   * {@code UPDATE table SET column = stored.column, ... FROM (VALUES ...) stored WHERE table.key =
   * stored.key}: rows of {@code table} each set to values of its own, in one statement. Its values:
   * each row's key, then its {@code columns}, in order.
   */
  static RenderedStatement updateByKey(Table<?> table, Field<?> key, Field<?>... columns) {
    var width = columns.length + 1;
    var all = new Field<?>[width];
    all[0] = key;
    System.arraycopy(columns, 0, all, 1, columns.length);
    return new RenderedStatement(
        values -> {
          var stored = values("stored", values / width, all);
          var set = new LinkedHashMap<Field<?>, Field<?>>();
          for (var column : columns) {
            set.put(column, stored.field(column.getName(), column.getType()));
          }
          return DSL.update(table).set(set).from(stored).where(sameKey(key, stored));
        });
  }

  private static <T> Condition sameKey(Field<T> key, Table<?> stored) {
    return key.eq(stored.field(key.getName(), key.getType()));
  }

  /**
   * {@code VALUES} of {@code rows} rows of placeholders typed as {@code columns}, as a table named
   * {@code alias} whose fields are named as the columns: what an {@code UPDATE ... FROM} joins.
   */
  static Table<Record> values(String alias, int rows, Field<?>... columns) {
    var placeholders =
        IntStream.range(0, rows)
            .mapToObj(
                i -> DSL.row(Arrays.stream(columns).map(column -> DSL.val(null, column)).toList()))
            .toArray(RowN[]::new);
    var names = Arrays.stream(columns).map(Field::getName).toArray(String[]::new);
    return DSL.values(placeholders).as(alias, names);
  }

  private String render(DSLContext dsl, int count) {
    var query = shape.apply(count);
    if (dsl.extractBindValues(query).size() != count) {
      throw new IllegalStateException("the statement binds other values than its own: " + query);
    }
    return dsl.render(query);
  }
}
