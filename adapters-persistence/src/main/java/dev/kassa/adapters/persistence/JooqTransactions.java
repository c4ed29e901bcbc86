package dev.kassa.adapters.persistence;

import dev.kassa.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work as PostgreSQL transactions at READ COMMITTED (the server's default, which {@link
 * ConnectionPools} also sets on every pooled connection). The transaction's context is bound to the
 * calling thread, so every adapter of the same {@link JooqDatabase} joins it; a nested call simply
 * runs inside the outer one. The outermost call runs the work again, up to {@value #MAX_ATTEMPTS}
 * times in all with a short random pause, when PostgreSQL reports a serialization failure (40001)
 * or a deadlock (40P01). Actions registered with {@link #afterCommit} run once the commit has
 * succeeded, and only then. A database that is unavailable is never retried here: the failure,
 * including one to begin or commit the transaction, reaches the caller at once as a {@link
 * dev.kassa.domain.shared.StorageUnavailableException}.
 */
public final class JooqTransactions implements Transactions {

  static final int MAX_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(JooqTransactions.class);

  private final JooqDatabase database;
  private final UnitOfWorkObserver observer;

  // Per instance and per thread, as the units of work of its JooqDatabase are.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

  public JooqTransactions(JooqDatabase database) {
    this(database, UnitOfWorkObserver.NONE);
  }

  public JooqTransactions(JooqDatabase database, UnitOfWorkObserver observer) {
    this.database = database;
    this.observer = observer;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (database.inUnitOfWork()) {
      return work.get();
    }
    return observer.observe(() -> withRetries(work, false));
  }

  /**
   * A unit of work whose ledger writes (entries, postings, account balances, transfers) and event
   * deliveries are held back and run together, one statement each, just before it commits ({@link
   * WriteBehind}); its {@linkplain #isolated isolated} units are undone without savepoints.
   */
  @Override
  public <T> T grouped(Supplier<T> work) {
    if (database.inUnitOfWork()) {
      return work.get();
    }
    return observer.observe(() -> withRetries(work, true));
  }

  /**
   * Runs reads with no transaction: each statement commits on its own connection from the pool, so
   * a read costs no {@code BEGIN} and {@code COMMIT}. Inside a unit of work it joins it.
   */
  @Override
  public <T> T reading(Supplier<T> work) {
    if (database.inUnitOfWork()) {
      return work.get();
    }
    return observer.observe(work);
  }

  private <T> T withRetries(Supplier<T> work, boolean grouped) {
    for (int attempt = 1; ; attempt++) {
      var actions = new ArrayList<Runnable>();
      afterCommit.set(actions);
      try {
        var result =
            database
                .autocommit()
                .transactionResult(
                    transaction ->
                        grouped
                            ? database.grouped(transaction.dsl(), work)
                            : database.bound(transaction.dsl(), work));
        afterCommit.remove();
        actions.forEach(Runnable::run);
        return result;
      } catch (RuntimeException failure) {
        afterCommit.remove();
        if (attempt >= MAX_ATTEMPTS || !SqlErrors.isTransient(failure)) {
          throw SqlErrors.translated(failure);
        }
        LOG.debug("Transaction attempt {} failed transiently, running it again", attempt, failure);
        pause(attempt, failure);
      }
    }
  }

  @Override
  public void afterCommit(Runnable action) {
    var actions = afterCommit.get();
    if (actions == null || !database.inUnitOfWork()) {
      action.run();
    } else {
      actions.add(action);
    }
  }

  private static void pause(int attempt, RuntimeException failure) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 2));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(interrupted);
      throw failure;
    }
  }

  /**
   * Runs {@code work} in a savepoint of the running transaction: when it throws, PostgreSQL rolls
   * back to the savepoint (its row locks included) and the actions it registered are dropped. In a
   * {@linkplain #grouped grouped} unit of work it takes no savepoint: what it held back is dropped
   * instead, and when it had written directly the whole unit fails ({@link WriteBehind#isolate}).
   */
  @Override
  public <T> T isolated(Supplier<T> work) {
    var actions = afterCommit.get();
    if (actions == null || !database.inUnitOfWork()) {
      return inTransaction(work);
    }
    int mark = actions.size();
    var writes = database.writeBehind();
    try {
      return writes != null
          ? writes.isolate(work)
          : database.dsl().transactionResult(savepoint -> database.bound(savepoint.dsl(), work));
    } catch (RuntimeException failure) {
      actions.subList(mark, actions.size()).clear();
      throw failure;
    }
  }

  @Override
  public boolean inUnitOfWork() {
    return database.inUnitOfWork();
  }
}
