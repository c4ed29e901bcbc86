package dev.kassa.domain.shared;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * The unit of work. Everything {@code work} does through the ports happens atomically: all of it or
 * none of it. A call inside a running unit joins it. The outermost call may run {@code work} again
 * (a bounded number of times) when the store reports a serialization failure or deadlock, so {@code
 * work} must have no effect outside the ports.
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /**
   * As {@link #inTransaction(Supplier)}, for work that locks the rows {@code locks} names (the
   * accounts it posts to), named before it runs. A store that runs many units as one ({@link
   * #grouped}) may then take the locks of all of them before the first runs, together and in one
   * order, so that two groups, or a group and a single unit, never wait for each other in a cycle.
   * The rows work locks without naming them it locks as it runs, as it would anyway. By default it
   * is {@link #inTransaction(Supplier)}.
   */
  default <T> T inTransaction(Collection<? extends LockKey> locks, Supplier<T> work) {
    return inTransaction(work);
  }

  /**
   * Runs {@code action} once the running unit of work has committed, or at once outside a unit. It
   * does not run when the unit rolls back. For effects outside the ports that must not be seen
   * before the change is: cache evictions, wake-ups of background workers.
   */
  void afterCommit(Runnable action);

  /**
   * Whether the calling thread runs inside a unit of work. Calls over the network (payment
   * providers, mail, webhooks) must never run while this is true: they would hold the unit's locks
   * while waiting, and a retried unit would repeat them.
   */
  boolean inUnitOfWork();

  /**
   * Runs {@code work} inside the running unit of work so that, when it throws, what it wrote
   * through the ports and the actions it registered with {@link #afterCommit} are undone (a
   * savepoint) and the unit carries on; the exception propagates. Outside a unit of work it is
   * {@link #inTransaction}. Lets one unit of work carry several independent operations that fail
   * alone.
   */
  <T> T isolated(Supplier<T> work);

  /**
   * Runs {@code work}, which only reads through the ports, as a unit of work that a store may run
   * without a transaction of its own: each read then sees what is committed when it runs, as each
   * statement of a transaction at read committed does anyway, and nothing is left to commit. A call
   * inside a running unit of work joins it. By default it is {@link #inTransaction}.
   */
  default <T> T reading(Supplier<T> work) {
    return inTransaction(work);
  }

  /**
   * Runs {@code work}, which runs many operations each {@linkplain #isolated isolated} (a batch of
   * callers' units of work), as one unit of work. A store may hold back their writes and run them
   * together before it commits; it may then fail the whole unit when an isolated operation fails
   * after writing in a way it cannot undo alone. A call inside a running unit of work joins it. By
   * default it is {@link #inTransaction}.
   */
  default <T> T grouped(Supplier<T> work) {
    return inTransaction(work);
  }

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
