package dev.kassa.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
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
 * A {@code SELECT} on a hot path (the money path, the caller check of every request), rendered once
 * per number of bound values ({@link RenderedStatement}). Each row is read over JDBC ({@link
 * JdbcValues#read}) into a record of the selected fields, and mapped: jOOQ's own fetch of a result
 * set (a cursor, an execute context and a converter per value) cost more than the statement's
 * rendering had.
 */
final class RenderedSelect<T> {

  private final Field<?>[] fields;
  private final RecordMapper<Record, T> row;
  private final RenderedStatement statement;

  /**
   * @param fields what {@code shape} selects, in its order
   * @param row what a row of them is
   * @param shape the select for a number of bound values, as {@link RenderedStatement} takes it
   */
  RenderedSelect(
      Field<?>[] fields, RecordMapper<Record, T> row, IntFunction<? extends ResultQuery<?>> shape) {
    this(fields, row, new RenderedStatement(shape));
  }

  private RenderedSelect(
      Field<?>[] fields, RecordMapper<Record, T> row, RenderedStatement statement) {
    this.fields = fields.clone();
    this.row = row;
    this.statement = statement;
  }

  /** This select, planned for the values of each run ({@link RenderedStatement#plannedEachRun}). */
  RenderedSelect<T> plannedEachRun() {
    return new RenderedSelect<>(fields, row, statement.plannedEachRun());
  }

  /** A select of every column of {@code table}, whose rows are the table's records. */
  static <R extends TableRecord<R>> RenderedSelect<R> of(
      Table<R> table, IntFunction<? extends ResultQuery<R>> shape) {
    return new RenderedSelect<>(table.fields(), record -> record.into(table), shape);
  }

  /** The rows of {@code table} whose {@code key} is among the values given to {@link #fetch}. */
  static <R extends TableRecord<R>, K> RenderedSelect<R> byKeys(Table<R> table, Field<K> key) {
    return of(table, count -> DSL.selectFrom(table).where(key.in(placeholders(key, count))));
  }

  /** {@code count} placeholders of {@code field}'s type, for an {@code IN} list, say. */
  static <T> List<Field<T>> placeholders(Field<T> field, int count) {
    return IntStream.range(0, count).<Field<T>>mapToObj(i -> DSL.val((T) null, field)).toList();
  }

  List<T> fetch(DSLContext dsl, List<?> values) {
    return statement.run(
        dsl,
        values,
        prepared -> {
          try (var rows = prepared.executeQuery()) {
            var result = new ArrayList<T>();
            while (rows.next()) {
              var record = dsl.newRecord(fields);
              for (int i = 0; i < fields.length; i++) {
                set(record, fields[i], JdbcValues.read(rows, i + 1, fields[i].getType()));
              }
              result.add(row.map(record));
            }
            return result;
          }
        });
  }

  private static <V> void set(Record record, Field<V> field, Object value) {
    record.set(field, field.getType().cast(value));
  }
}
