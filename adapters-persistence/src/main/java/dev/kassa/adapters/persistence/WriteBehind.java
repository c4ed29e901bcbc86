package dev.kassa.adapters.persistence;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.TokenHolder;
import dev.kassa.domain.idempotency.OwnedKey;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * The writes of a grouped unit of work ({@link JooqTransactions#grouped}) held back and run
 * together before it commits: journal entries, their postings, transfers, orders with their lines
 * and histories, stock movements, the first events of new subjects (with their subjects' counters)
 * and the deliveries scheduled for events as one multi-row {@code INSERT} each; the accounts the
 * entries changed as one {@code UPDATE} with each account's last balance, however many entries
 * moved it, and the products sold from as one {@code UPDATE} with each one's last stock. The
 * accounts and products locked stay here ({@link LockedRows}), as the units left them, so a second
 * entry on an account or a second sale of a product reads no row again; so do the idempotency keys
 * locked ahead, with their records as the units left them, written as one multi-row upsert.
 *
 * <p>Any statement that may see or change what is held back first runs it (a flush) and forgets the
 * locked rows, which the next unit then locks and reads again. Statements known to touch none of
 * what is held back run around it: the caller check, the lock of accounts or products not read yet,
 * the read of one not locked here, the outbox's append of an event while no first event is held
 * back ({@link #aside}).
 *
 * <p>An {@linkplain #isolate isolated} unit is undone without a savepoint: its held-back writes and
 * its accounts' changes are dropped. That is only possible while it has written nothing directly to
 * the database; a unit that fails after it has cannot be undone alone, and its whole group fails
 * with {@link NotIsolatedException}.
 */
final class WriteBehind {

  /** What a statement run {@linkplain #aside aside} does to the database. */
  enum Access {
    READS,
    WRITES
  }

  /** The held-back inserts, in the order their rows are run: parents before children. */
  enum Held {
    JOURNAL_ENTRIES,
    POSTINGS,
    TRANSFERS,
    ORDERS,
    ORDER_LINES,
    ORDER_STATUS_HISTORY,
    PAYMENT_STATUS_HISTORY,
    STOCK_MOVEMENTS,
    OUTBOX_SUBJECTS,
    OUTBOX,
    EVENT_DELIVERIES
  }

  /** A unit has failed after writing to the database directly: its group cannot go on. */
  static final class NotIsolatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotIsolatedException(RuntimeException failure) {
      super("a unit failed after it wrote to the database: its group is rolled back", failure);
    }
  }

  // Per thread: whether the statement that is running was declared aside, and how.
  @SuppressWarnings("ThreadLocalUsage")
  private static final ThreadLocal<Access> ASIDE = new ThreadLocal<>();

  private final DSLContext transaction;
  private final Map<Held, Rows<?>> held = new EnumMap<>(Held.class);
  private final LockedRows<AccountId, Account> accounts = new LockedRows<>(Account::id);
  private final LockedRows<ProductId, Product> products = new LockedRows<>(Product::id);
  private final LockedRows<OwnedKey, JooqIdempotencyStore.KeyLookup> keys =
      new LockedRows<>(JooqIdempotencyStore.KeyLookup::key);
  private final Map<AccessTokenKey, Optional<TokenHolder>> holders = new HashMap<>();
  private boolean wroteDirectly;
  private boolean flushing;

  WriteBehind(DSLContext transaction) {
    this.transaction = transaction;
  }

  /**
   * Runs {@code statement}, which touches none of the held-back tables, without flushing them.
   * Outside a grouped unit of work it simply runs.
   */
  static <T> T aside(Access access, Supplier<T> statement) {
    var outer = ASIDE.get();
    ASIDE.set(access);
    try {
      return statement.get();
    } finally {
      if (outer == null) {
        ASIDE.remove();
      } else {
        ASIDE.set(outer);
      }
    }
  }

  /**
   * The row of {@code id} as the grouped unit of work {@code writes} left it, when that unit locked
   * it ({@code rows}), else read by {@code read} aside of what is held back, which holds changes of
   * locked rows only; outside a grouped unit of work ({@code writes} null), read.
   */
  static <K, V> Optional<V> lockedOrRead(
      WriteBehind writes,
      Function<WriteBehind, LockedRows<K, V>> rows,
      K id,
      Supplier<Optional<V>> read) {
    if (writes == null) {
      return read.get();
    }
    var locked = rows.apply(writes).get(id);
    return locked != null ? Optional.of(locked) : aside(Access.READS, read);
  }

  /**
   * Makes every statement and savepoint on the transaction's connection first run what is held
   * back, unless it is run {@linkplain #aside aside}, until {@link #unhook()}.
   */
  void hook() {
    connection().hooked(this::beforeStatement);
  }

  void unhook() {
    connection().unhooked();
  }

  private PooledConnection connection() {
    var connections = transaction.configuration().connectionProvider();
    var connection = connections.acquire();
    try {
      if (connection instanceof PooledConnection pooled) {
        return pooled;
      }
      throw new IllegalStateException("a grouped unit of work needs a connection of the pool");
    } finally {
      connections.release(connection);
    }
  }

  /** The accounts locked here, as the entries so far left them. */
  LockedRows<AccountId, Account> accounts() {
    return accounts;
  }

  /** The products locked here, as the sales so far left them. */
  LockedRows<ProductId, Product> products() {
    return products;
  }

  /** The idempotency keys locked here, with their records as the units so far left them. */
  LockedRows<OwnedKey, JooqIdempotencyStore.KeyLookup> idempotencyKeys() {
    return keys;
  }

  /**
   * The holders of access tokens read ahead for the unit's callers (empty for a token with no
   * session). The units never change sessions or users, so a flush keeps them.
   */
  Map<AccessTokenKey, Optional<TokenHolder>> holders() {
    return holders;
  }

  <R extends TableRecord<R>> void insert(Held table, RenderedInsert<R> insert, List<R> rows) {
    @SuppressWarnings("unchecked")
    var pending = (Rows<R>) held.computeIfAbsent(table, key -> new Rows<>(insert));
    pending.rows.addAll(rows);
  }

  /** Whether rows of {@code table} are held back now. */
  boolean holds(Held table) {
    var rows = held.get(table);
    return rows != null && !rows.rows.isEmpty();
  }

  /**
   * Runs {@code unit} so that, when it fails, what it held back and its accounts' changes are
   * dropped and the group carries on.
   *
   * @throws NotIsolatedException when the unit failed after it wrote to the database directly
   */
  <T> T isolate(Supplier<T> unit) {
    var mark = mark();
    try {
      var result = unit.get();
      wroteDirectly |= mark.wroteBefore();
      return result;
    } catch (NotIsolatedException failure) {
      throw failure;
    } catch (RuntimeException failure) {
      if (wroteDirectly) {
        throw new NotIsolatedException(failure);
      }
      undo(mark);
      throw failure;
    }
  }

  private Mark mark() {
    var sizes = new EnumMap<Held, Integer>(Held.class);
    held.forEach((table, rows) -> sizes.put(table, rows.rows.size()));
    var mark = new Mark(sizes, accounts.mark(), products.mark(), keys.mark(), wroteDirectly);
    wroteDirectly = false;
    return mark;
  }

  private void undo(Mark mark) {
    wroteDirectly = mark.wroteBefore();
    held.forEach(
        (table, rows) ->
            rows.rows.subList(mark.sizes().getOrDefault(table, 0), rows.rows.size()).clear());
    accounts.undo(mark.accounts());
    products.undo(mark.products());
    keys.undo(mark.keys());
  }

  /**
   * Runs everything held back, then forgets the rows locked so far (an idempotency key's lock stays
   * with the transaction: taking it again is answered at once).
   */
  void flush() {
    if (flushing) {
      return;
    }
    flushing = true;
    try {
      var changedAccounts = accounts.changed();
      if (!changedAccounts.isEmpty()) {
        EntryPosting.storeAccounts(transaction, changedAccounts);
      }
      var changedProducts = products.changed();
      if (!changedProducts.isEmpty()) {
        StockChanges.storeStocks(transaction, changedProducts);
      }
      for (var rows : held.values()) {
        rows.run(transaction);
      }
      var changedKeys = keys.changed();
      if (!changedKeys.isEmpty()) {
        JooqIdempotencyStore.storeRecords(transaction, changedKeys);
      }
    } finally {
      flushing = false;
      held.clear();
      accounts.clear();
      products.clear();
      keys.clear();
    }
  }

  private void beforeStatement() {
    if (flushing) {
      return;
    }
    var access = ASIDE.get();
    if (access == null) {
      wroteDirectly = true;
      flush();
    } else if (access == Access.WRITES) {
      wroteDirectly = true;
    }
  }

  /**
   * The sizes of what was held back, the marks of the locked rows when a unit started, and whether
   * the units around it had written directly.
   */
  private record Mark(
      Map<Held, Integer> sizes, int accounts, int products, int keys, boolean wroteBefore) {}

  /** Rows held back for one insert. */
  private static final class Rows<R extends TableRecord<R>> {
    private final RenderedInsert<R> insert;
    private final List<R> rows = new ArrayList<>();

    Rows(RenderedInsert<R> insert) {
      this.insert = insert;
    }

    void run(DSLContext dsl) {
      insert.execute(dsl, rows);
    }
  }
}
