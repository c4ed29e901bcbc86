package dev.kassa.adapters.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.InsertOnDuplicateSetMoreStep;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * An {@code INSERT} of fixed columns on a hot path, rendered once per number of rows ({@link
 * RenderedStatement}); each row's values are bound from its record.
 */
final class RenderedInsert<R extends TableRecord<R>> {

  /** The most rows {@link #executeAll} inserts with one statement. */
  static final int LARGEST_CHUNK = 512;

  private final Table<R> table;
  private final List<Field<?>> columns;
  private final int[] indexes;
  private final Function<InsertValuesStepN<R>, Insert<R>> ending;
  private final RenderedStatement statement;

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
    this.statement = new RenderedStatement(values -> shape(values / this.columns.size()));
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
    var values = new ArrayList<>(rows.size() * indexes.length);
    for (var row : rows) {
      for (int index : indexes) {
        values.add(row.get(index));
      }
    }
    return statement.update(dsl, values);
  }

  /**
   * Inserts any number of {@code rows} in statements of a power of two rows each, at most {@value
   * #LARGEST_CHUNK}: however many rows come, no more than ten shapes are ever rendered (and kept).
   * Returns the number of rows it changed.
   */
  int executeAll(DSLContext dsl, List<R> rows) {
    int changed = 0;
    for (int from = 0; from < rows.size(); ) {
      int size = Math.min(LARGEST_CHUNK, Integer.highestOneBit(rows.size() - from));
      changed += execute(dsl, rows.subList(from, from + size));
      from += size;
    }
    return changed;
  }

  /**
   * {@code insert} that, on a conflict over {@code keys}, sets {@code columns} of the existing row
   * to the values it brought ({@code EXCLUDED}); more may be set after it.
   */
  static <R extends TableRecord<R>> InsertOnDuplicateSetMoreStep<R> onConflictTakingNew(
      InsertValuesStepN<R> insert, List<Field<?>> keys, List<Field<?>> columns) {
    var taken = new LinkedHashMap<Field<?>, Field<?>>();
    columns.forEach(column -> taken.put(column, DSL.excluded(column)));
    return insert.onConflict(keys).doUpdate().set(taken);
  }

  private Insert<R> shape(int rows) {
    var insert = DSL.insertInto(table).columns(columns);
    var placeholders = columns.stream().map(column -> DSL.val(null, column)).toList();
    for (int i = 0; i < rows; i++) {
      insert = insert.values(placeholders);
    }
    return ending.apply(insert);
  }
}
