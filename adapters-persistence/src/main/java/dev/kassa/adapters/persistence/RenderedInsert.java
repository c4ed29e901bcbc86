package dev.kassa.adapters.persistence;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * An {@code INSERT} of fixed columns on the money path, which jOOQ renders once per number of rows
 * and which then runs over JDBC on the unit of work's connection. Rendering the same statement anew
 * for every request was about a fifth of the server's CPU under load; the SQL stays jOOQ's (and
 * pgjdbc prepares it on the server after a few uses, as before). Values are bound from the record
 * by {@link JdbcValues}; a failure that means the database is unavailable becomes the core's
 * exception, as {@link UnavailableStorageListener} makes it for jOOQ's own statements.
 */
final class RenderedInsert<R extends TableRecord<R>> {

  private final Table<R> table;
  private final List<Field<?>> columns;
  private final int[] indexes;
  private final Function<InsertValuesStepN<R>, Insert<R>> ending;
  private final ConcurrentHashMap<Integer, String> sqlByRows = new ConcurrentHashMap<>();

  RenderedInsert(Table<R> table, List<Field<?>> columns) {
    this(table, columns, insert -> insert);
  }

  /**
   * @param ending what follows the values (an {@code ON CONFLICT} clause, say); it may not bind
   *     values of its own
   */
  RenderedInsert(
      Table<R> table, List<Field<?>> columns, Function<InsertValuesStepN<R>, Insert<R>> ending) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.indexes = columns.stream().mapToInt(table::indexOf).toArray();
    this.ending = ending;
    for (int i = 0; i < indexes.length; i++) {
      if (indexes[i] < 0) {
        throw new IllegalArgumentException(columns.get(i) + " is not a column of " + table);
      }
    }
  }

  /** Inserts {@code rows} in one statement; returns the number of rows it changed. */
  int execute(DSLContext dsl, List<R> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    var sql = sqlByRows.computeIfAbsent(rows.size(), count -> render(dsl, count));
    try {
      return dsl.connectionResult(
          connection -> {
            try (var statement = connection.prepareStatement(sql)) {
              int parameter = 1;
              for (var row : rows) {
                for (int index : indexes) {
                  JdbcValues.bind(statement, parameter++, row.get(index));
                }
              }
              return statement.executeUpdate();
            }
          });
    } catch (RuntimeException failure) {
      throw SqlErrors.translated(failure);
    }
  }

  private String render(DSLContext dsl, int rows) {
    var insert = dsl.insertInto(table).columns(columns);
    var placeholders = columns.stream().map(column -> DSL.val(null, column)).toList();
    for (int i = 0; i < rows; i++) {
      insert = insert.values(placeholders);
    }
    var statement = ending.apply(insert);
    if (dsl.extractBindValues(statement).size() != rows * columns.size()) {
      throw new IllegalStateException("the ending of an insert into " + table + " binds values");
    }
    return dsl.render(statement);
  }
}
