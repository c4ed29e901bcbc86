package dev.kassa.adapters.persistence;

import dev.kassa.domain.shared.Transactions;
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
 * or a deadlock (40P01).
 */
public final class JooqTransactions implements Transactions {

  static final int MAX_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(JooqTransactions.class);

  private final JooqDatabase database;

  public JooqTransactions(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (database.inUnitOfWork()) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return database
            .autocommit()
            .transactionResult(transaction -> database.bound(transaction.dsl(), work));
      } catch (RuntimeException failure) {
        if (attempt >= MAX_ATTEMPTS || !SqlErrors.isTransient(failure)) {
          throw failure;
        }
        LOG.debug("Transaction attempt {} failed transiently, running it again", attempt, failure);
        pause(attempt, failure);
      }
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
}
