package dev.kassa.adapters.persistence;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

/** Inserts several rows of one table in a single statement. */
final class Inserts {

  private Inserts() {}

  static <R extends TableRecord<R>> void all(DSLContext dsl, Table<R> table, List<R> rows) {
    if (!rows.isEmpty()) {
      dsl.insertInto(table).columns(table.fields()).valuesOfRecords(rows).execute();
    }
  }
}
