package dev.kassa.adapters.persistence;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * A {@code SELECT} of a table's rows on the money path, which jOOQ renders once per number of bound
 * values and which then runs over JDBC on the unit of work's connection, as {@link RenderedInsert}
 * does for inserts. The rows come back as the table's records, through jOOQ.
 */
final class RenderedSelect<R extends TableRecord<R>> {

  private final Table<R> table;
  private final IntFunction<ResultQuery<R>> shape;
  private final ConcurrentHashMap<Integer, String> sqlByValues = new ConcurrentHashMap<>();

  /**
   * @param shape the select of every column of {@code table} for a number of bound values, each a
   *     placeholder ({@code DSL.val(null, field)}) in the order of the values given to {@link
   *     #fetch}
   */
  RenderedSelect(Table<R> table, IntFunction<ResultQuery<R>> shape) {
    this.table = table;
    this.shape = shape;
  }

  /** {@code count} placeholders of {@code field}'s type, for an {@code IN} list, say. */
  static <T> List<Field<T>> placeholders(Field<T> field, int count) {
    return IntStream.range(0, count).<Field<T>>mapToObj(i -> DSL.val((T) null, field)).toList();
  }

  List<R> fetch(DSLContext dsl, List<?> values) {
    var sql = sqlByValues.computeIfAbsent(values.size(), count -> render(dsl, count));
    try {
      return dsl.connectionResult(
          connection -> {
            try (var statement = connection.prepareStatement(sql)) {
              for (int i = 0; i < values.size(); i++) {
                JdbcValues.bind(statement, i + 1, values.get(i));
              }
              try (var rows = statement.executeQuery()) {
                return dsl.fetch(rows, table.fields()).into(table);
              }
            }
          });
    } catch (RuntimeException failure) {
      throw SqlErrors.translated(failure);
    }
  }

  private String render(DSLContext dsl, int count) {
    var query = shape.apply(count);
    if (dsl.extractBindValues(query).size() != count) {
      throw new IllegalStateException("the select of " + table + " binds other values");
    }
    return dsl.render(query);
  }
}
