package dev.kassa.adapters.persistence;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The jOOQ entry point that all adapters over one {@link DataSource} share. Inside a unit of work
 * ({@link JooqTransactions}) {@link #dsl()} is bound to that transaction's connection on the
 * current thread; outside one it runs every statement in autocommit mode. Either way a failure that
 * means the database is unavailable reaches the caller as a {@link
 * dev.kassa.domain.shared.StorageUnavailableException} (see {@link UnavailableStorageListener}).
 */
public final class JooqDatabase {

  private final DSLContext autocommit;

  // Each database is its own store, so the running unit is per instance and per thread.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<DSLContext> unit = new ThreadLocal<>();

  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<WriteBehind> heldBack = new ThreadLocal<>();

  public JooqDatabase(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    JooqLogging.quiet();
    this.autocommit =
        DSL.using(
            new DefaultConfiguration()
                .set(new PooledConnections(dataSource))
                .set(SQLDialect.POSTGRES)
                .set(hotPathSettings())
                .set(new UnavailableStorageListener()));
  }

  /**
   * Less work around every statement: no jOOQ execute logging (a listener on each execution that
   * only logs at debug level), no formatting, and no reading of JDBC warnings after each one.
   */
  static Settings hotPathSettings() {
    return new Settings()
        .withExecuteLogging(false)
        .withRenderFormatted(false)
        .withFetchWarnings(false);
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

  /** What the grouped unit of work on this thread holds back, or null outside one. */
  WriteBehind writeBehind() {
    return heldBack.get();
  }

  /**
   * Inserts {@code rows} with {@code insert} now, or, inside a grouped unit of work, holds them
   * back as {@code table}'s rows to be inserted with the others just before it commits.
   */
  <R extends TableRecord<R>> void insert(
      WriteBehind.Held table, RenderedInsert<R> insert, List<R> rows) {
    var writes = heldBack.get();
    if (writes == null) {
      insert.execute(dsl(), rows);
    } else {
      writes.insert(table, insert, rows);
    }
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

  /**
   * Runs {@code work} in a transaction (the unit of work on this thread, or one of its own) free of
   * the pool's statement and socket timeouts, for maintenance that reads everything, such as
   * verifying the ledger. The statement timeout comes back at the transaction's end ({@code SET
   * LOCAL}), the socket timeout when the connection goes back to the pool.
   */
  <T> T unhurried(Function<DSLContext, T> work) {
    var bound = unit.get();
    if (bound != null) {
      return unhurried(bound, work);
    }
    return autocommit.transactionResult(transaction -> unhurried(transaction.dsl(), work));
  }

  private static <T> T unhurried(DSLContext dsl, Function<DSLContext, T> work) {
    dsl.execute("set local statement_timeout = 0");
    dsl.connection(connection -> connection.setNetworkTimeout(Runnable::run, 0));
    return work.apply(dsl);
  }

  <T> T bound(DSLContext transaction, Supplier<T> work) {
    var outer = unit.get();
    unit.set(transaction);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        unit.remove();
      } else {
        unit.set(outer);
      }
    }
  }

  /**
   * Runs {@code work} as a grouped unit of work in {@code transaction}: its ledger writes are held
   * back ({@link WriteBehind}) and run just before it returns.
   */
  <T> T grouped(DSLContext transaction, Supplier<T> work) {
    var writes = new WriteBehind(transaction);
    heldBack.set(writes);
    writes.hook();
    try {
      return bound(
          transaction,
          () -> {
            var result = work.get();
            writes.flush();
            return result;
          });
    } finally {
      writes.unhook();
      heldBack.remove();
    }
  }
}
