package dev.kassa.adapters.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * New rows to fill in and write. A record made with its constructor has no configuration, and jOOQ
 * then builds a default one, settings and all, each time a primary key column of it is set (5 % of
 * the server's CPU on the money path, measured); the rows made here share one.
 */
final class Rows {

  private static final DSLContext DETACHED = DSL.using(SQLDialect.POSTGRES);

  private Rows() {}

  static <R extends Record> R of(Table<R> table) {
    return DETACHED.newRecord(table);
  }
}
