package dev.kassa.adapters.persistence;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * A {@code SELECT} on a hot path (the money path, the caller check of every request), which jOOQ
 * renders once per number of bound values and which then runs over JDBC on the unit of work's
 * connection, as {@link RenderedInsert} does for inserts. The rows come back through jOOQ, as
 * records of the selected fields, and are mapped.
 */
final class RenderedSelect<T> {

  private final Field<?>[] fields;
  private final RecordMapper<Record, T> row;
  private final IntFunction<? extends ResultQuery<?>> shape;
  private final ConcurrentHashMap<Integer, String> sqlByValues = new ConcurrentHashMap<>();

  /**
   * @param fields what {@code shape} selects, in its order
   * @param row what a row of them is
   * @param shape the select for a number of bound values, each a placeholder ({@code DSL.val(null,
   *     field)}), in the order in which they appear in its SQL and are given to {@link #fetch}
   */
  RenderedSelect(
      Field<?>[] fields, RecordMapper<Record, T> row, IntFunction<? extends ResultQuery<?>> shape) {
    this.fields = fields.clone();
    this.row = row;
    this.shape = shape;
  }

  /** A select of every column of {@code table}, whose rows are the table's records. */
  static <R extends TableRecord<R>> RenderedSelect<R> of(
      Table<R> table, IntFunction<? extends ResultQuery<R>> shape) {
    return new RenderedSelect<>(table.fields(), record -> record.into(table), shape);
  }

  /** {@code count} placeholders of {@code field}'s type, for an {@code IN} list, say. */
  static <T> List<Field<T>> placeholders(Field<T> field, int count) {
    return IntStream.range(0, count).<Field<T>>mapToObj(i -> DSL.val((T) null, field)).toList();
  }

  List<T> fetch(DSLContext dsl, List<?> values) {
    var sql = sqlByValues.computeIfAbsent(values.size(), count -> render(dsl, count));
    try {
      return dsl.connectionResult(
          connection -> {
            try (var statement = connection.prepareStatement(sql)) {
              for (int i = 0; i < values.size(); i++) {
                JdbcValues.bind(statement, i + 1, values.get(i));
              }
              try (var rows = statement.executeQuery()) {
                return dsl.fetch(rows, fields).map(row);
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
      throw new IllegalStateException("the select binds other values: " + query);
    }
    return dsl.render(query);
  }
}
