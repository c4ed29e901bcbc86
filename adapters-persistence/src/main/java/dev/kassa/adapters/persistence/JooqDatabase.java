package dev.kassa.adapters.persistence;

import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The jOOQ entry point that all adapters over one {@link DataSource} share. Inside a unit of work
 * ({@link JooqTransactions}) {@link #dsl()} is bound to that transaction's connection on the
 * current thread; outside one it runs every statement in autocommit mode.
 */
public final class JooqDatabase {

  private final DSLContext autocommit;
  private final ThreadLocal<DSLContext> unit = new ThreadLocal<>();

  public JooqDatabase(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    JooqLogging.quiet();
    this.autocommit = DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  /** The context of the unit of work on this thread, or an autocommit one outside any. */
  DSLContext dsl() {
    var bound = unit.get();
    return bound != null ? bound : autocommit;
  }

  /** A context that always commits each statement on its own, even inside a unit of work. */
  DSLContext autocommit() {
    return autocommit;
  }

  boolean inUnitOfWork() {
    return unit.get() != null;
  }

  /** A context that refuses to run outside a unit of work, for reads that lock rows. */
  DSLContext requireUnitOfWork() {
    var bound = unit.get();
    if (bound == null) {
      throw new IllegalStateException("row locks need a unit of work: call inside inTransaction");
    }
    return bound;
  }

  <T> T bound(DSLContext transaction, Supplier<T> work) {
    unit.set(transaction);
    try {
      return work.get();
    } finally {
      unit.remove();
    }
  }
}
