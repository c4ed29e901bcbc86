package dev.kassa.adapters.persistence;

import java.util.function.Supplier;

/**
 * Watches each outermost unit of work of {@link JooqTransactions}, retries included, on the calling
 * thread: a timer or a tracing span around the PostgreSQL transaction. It must run {@code
 * unitOfWork} exactly once and return or rethrow what it does.
 */
public interface UnitOfWorkObserver {

  /** Runs the unit of work unobserved. */
  UnitOfWorkObserver NONE =
      new UnitOfWorkObserver() {
        @Override
        public <T> T observe(Supplier<T> unitOfWork) {
          return unitOfWork.get();
        }
      };

  <T> T observe(Supplier<T> unitOfWork);
}
