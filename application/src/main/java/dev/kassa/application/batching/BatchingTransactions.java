package dev.kassa.application.batching;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.TokenHolders;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.OwnedKey;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.StorageUnavailableException;
import dev.kassa.domain.shared.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work grouped into shared transactions of the {@code store}: concurrent callers queue
 * their work, and one of them at a time (the leader) runs up to {@code maxBatch} queued units one
 * after the other inside one {@linkplain Transactions#grouped grouped} unit of work of the store,
 * then commits them together, so many money operations cost one commit (and, on a store that holds
 * back their writes, one statement per kind of row). Each caller is answered only once its batch
 * has committed (or failed). A unit alone in its batch runs as an ordinary unit of work.
 *
 * <p>The accounts that units name before they run ({@link #inTransaction(Collection, Supplier)})
 * are locked for the whole batch before its first unit runs, with one {@link Ledger#lock}: in
 * ascending id order, as a single money operation locks its own, so that batches (of this process
 * or another) and single operations on the same accounts never wait for each other in a cycle. The
 * access tokens they name (their callers' checks, {@link dev.kassa.application.auth.CallerChecks})
 * have their holders read at once before that ({@link TokenHolders#readAhead}), and the idempotency
 * keys they name (keyed requests, {@link dev.kassa.application.idempotency.Idempotency}) are locked
 * and their records read at once ({@link IdempotencyStore#lockAhead}). Units of one batch run one
 * after the other, so a second request with a key that an earlier unit of the batch answered
 * replays that answer, as it would after that unit's commit.
 *
 * <p>Each unit runs {@linkplain Transactions#isolated isolated}: one that the domain refuses (a
 * {@link DomainException}: insufficient funds, an inactive account, a key in use) is rolled back
 * alone and its caller gets the refusal, while the others of its batch commit. A failure the store
 * retries (a deadlock) runs the whole batch again. When the store is unavailable (the database
 * lost), the whole batch is rolled back and every caller of the batch gets that failure: none of it
 * is applied; so do the callers queued behind it, at once, without running, rather than each
 * waiting for the store in turn. Any other failure of a batch of several units (a bug in one of
 * them, a unit the store could not undo alone because it failed after writing directly, or
 * deadlocks that outlasted the store's retries, which units that lock accounts they did not name
 * can still meet) rolls it back and runs each of its units again alone, in a unit of work of its
 * own, so that the failure stays with the unit that causes it. A call from inside a running unit of
 * work joins it, as the store's own calls do.
 *
 * <p>Nothing here is needed for correctness across processes: each batch is an ordinary transaction
 * of the store, locking as its units do.
 */
public final class BatchingTransactions implements Transactions {

  /** Batches stay below PostgreSQL's 64 cached subtransactions per transaction. */
  public static final int DEFAULT_MAX_BATCH = 48;

  private final Transactions store;
  private final Ledger ledger;
  private final TokenHolders holders;
  private final IdempotencyStore idempotency;
  private final int maxBatch;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Unit<?>> queue = new ArrayDeque<>();
  private boolean leading;

  /**
   * @param ledger the ledger of {@code store}, which locks the accounts a batch's units name
   * @param holders the token holders of {@code store}, which read the holders of the access tokens
   *     a batch's units name
   * @param idempotency the idempotency store of {@code store}, which locks the keys a batch's units
   *     name
   */
  public BatchingTransactions(
      Transactions store, Ledger ledger, TokenHolders holders, IdempotencyStore idempotency) {
    this(store, ledger, holders, idempotency, DEFAULT_MAX_BATCH);
  }

  public BatchingTransactions(
      Transactions store,
      Ledger ledger,
      TokenHolders holders,
      IdempotencyStore idempotency,
      int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1");
    }
    this.store = Objects.requireNonNull(store, "store");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.holders = Objects.requireNonNull(holders, "holders");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.maxBatch = maxBatch;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return inTransaction(List.of(), work);
  }

  /**
   * Queues {@code work}; the accounts among {@code locks} are locked, and the holders of the access
   * tokens among them read, before its batch runs.
   */
  @Override
  public <T> T inTransaction(Collection<? extends LockKey> locks, Supplier<T> work) {
    if (store.inUnitOfWork()) {
      return work.get();
    }
    var unit = new Unit<>(locks, work);
    boolean lead;
    lock.lock();
    try {
      queue.addLast(unit);
      lead = !leading;
      leading = true;
    } finally {
      lock.unlock();
    }
    if (lead || unit.turn.join() == Turn.LEAD) {
      lead();
    }
    return unit.answer();
  }

  /** Runs the units at the head of the queue as one batch, then hands over or stops leading. */
  private void lead() {
    var batch = new ArrayList<Unit<?>>(maxBatch);
    lock.lock();
    try {
      while (batch.size() < maxBatch && !queue.isEmpty()) {
        batch.add(queue.pollFirst());
      }
    } finally {
      lock.unlock();
    }
    if (batch.size() == 1) {
      batch.getFirst().runAlone();
    } else {
      runTogether(batch);
    }
    var outage =
        batch.stream()
            .map(unit -> unit.failure)
            .filter(StorageUnavailableException.class::isInstance)
            .findFirst();
    lock.lock();
    try {
      if (outage.isPresent()) {
        while (!queue.isEmpty()) {
          var waiting = queue.pollFirst();
          waiting.failed(outage.get());
          batch.add(waiting);
        }
      }
      var next = queue.peekFirst();
      if (next == null) {
        leading = false;
      } else {
        next.turn.complete(Turn.LEAD);
      }
    } finally {
      lock.unlock();
    }
    batch.forEach(unit -> unit.turn.complete(Turn.ANSWERED));
  }

  /** Runs a batch of several units as one grouped unit of work of the store. */
  private void runTogether(List<Unit<?>> batch) {
    try {
      var accounts = new LinkedHashSet<AccountId>();
      var tokens = new LinkedHashSet<AccessTokenKey>();
      var keys = new LinkedHashSet<OwnedKey>();
      batch.forEach(unit -> unit.keysInto(accounts, tokens, keys));
      store.grouped(
          () -> {
            if (!tokens.isEmpty()) {
              holders.readAhead(tokens);
            }
            if (!keys.isEmpty()) {
              idempotency.lockAhead(keys);
            }
            if (!accounts.isEmpty()) {
              ledger.lock(accounts);
            }
            batch.forEach(Unit::run);
            return null;
          });
    } catch (StorageUnavailableException | Error failure) {
      batch.forEach(unit -> unit.failed(failure));
    } catch (RuntimeException failure) {
      batch.forEach(Unit::runAlone);
    }
  }

  @Override
  public void afterCommit(Runnable action) {
    store.afterCommit(action);
  }

  @Override
  public boolean inUnitOfWork() {
    return store.inUnitOfWork();
  }

  /** Reads are not batched: they run as the store runs them. */
  @Override
  public <T> T reading(Supplier<T> work) {
    return store.reading(work);
  }

  @Override
  public <T> T isolated(Supplier<T> work) {
    return store.inUnitOfWork() ? store.isolated(work) : inTransaction(work);
  }

  private enum Turn {
    LEAD,
    ANSWERED
  }

  /** One caller's unit of work, and how it ended. */
  private final class Unit<T> {

    private final Collection<? extends LockKey> locks;
    private final Supplier<T> work;
    private final CompletableFuture<Turn> turn = new CompletableFuture<>();
    private T result;
    private Throwable failure;

    Unit(Collection<? extends LockKey> locks, Supplier<T> work) {
      this.locks = locks;
      this.work = work;
    }

    /** Adds the accounts, access tokens and idempotency keys this unit named to those given. */
    void keysInto(
        Collection<AccountId> accounts,
        Collection<AccessTokenKey> tokens,
        Collection<OwnedKey> keys) {
      for (var key : locks) {
        switch (key) {
          case AccountId account -> accounts.add(account);
          case AccessTokenKey token -> tokens.add(token);
          case OwnedKey owned -> keys.add(owned);
          default -> {}
        }
      }
    }

    /** Runs the work inside the batch; a refusal rolls back this unit alone. */
    void run() {
      result = null;
      failure = null;
      try {
        result = store.isolated(work);
      } catch (DomainException refused) {
        failure = refused;
      }
    }

    /**
     * Runs the work in a unit of work of its own: alone in its batch, or after its batch failed.
     */
    void runAlone() {
      result = null;
      failure = null;
      try {
        result = store.inTransaction(work);
      } catch (RuntimeException | Error failed) {
        failure = failed;
      }
    }

    void failed(Throwable batchFailure) {
      result = null;
      failure = batchFailure;
    }

    T answer() {
      return switch (failure) {
        case null -> result;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IllegalStateException(failure);
      };
    }
  }
}
