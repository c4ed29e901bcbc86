package dev.kassa.adapters.memory;

import dev.kassa.domain.shared.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work for the in-memory adapters. One fair lock serialises them, so every unit sees a
 * consistent world; a nested call joins the running unit. Each write registers how to undo itself
 * ({@link #onRollback}); when {@code work} throws, the unit's writes are undone newest first and
 * the exception propagates unchanged. Reads take no lock: they see immutable records in concurrent
 * maps. The unit belongs to the thread that started it: a write from another thread waits for it to
 * end.
 */
public final class InMemoryTransactions implements Transactions {

  private record Unit(Deque<Runnable> undo, List<Runnable> afterCommit) {}

  private final ReentrantLock lock = new ReentrantLock(true);

  // Each instance is its own store, so the running unit is per instance and per thread.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (inUnitOfWork()) {
      return work.get();
    }
    var unit = new Unit(new ArrayDeque<>(), new ArrayList<>());
    T result;
    lock.lock();
    current.set(unit);
    try {
      result = work.get();
    } catch (Throwable failure) {
      rollBack(unit.undo(), failure);
      throw failure;
    } finally {
      current.remove();
      lock.unlock();
    }
    unit.afterCommit().forEach(Runnable::run);
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    var unit = current.get();
    if (unit == null) {
      action.run();
    } else {
      unit.afterCommit().add(action);
    }
  }

  @Override
  public boolean inUnitOfWork() {
    return current.get() != null;
  }

  @Override
  public <T> T isolated(Supplier<T> work) {
    var unit = current.get();
    if (unit == null) {
      return inTransaction(work);
    }
    int undoMark = unit.undo().size();
    int actionsMark = unit.afterCommit().size();
    try {
      return work.get();
    } catch (Throwable failure) {
      var undo = new ArrayDeque<Runnable>();
      while (unit.undo().size() > undoMark) {
        undo.addLast(unit.undo().pop());
      }
      rollBack(undo, failure);
      unit.afterCommit().subList(actionsMark, unit.afterCommit().size()).clear();
      throw failure;
    }
  }

  /** Remembers how to revert a write of the running unit. */
  void onRollback(Runnable undo) {
    var unit = current.get();
    if (unit == null) {
      throw new IllegalStateException("a write must run inside a unit of work");
    }
    unit.undo().push(undo);
  }

  private static void rollBack(Deque<Runnable> undo, Throwable failure) {
    while (!undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (RuntimeException undoFailed) {
        failure.addSuppressed(undoFailed);
      }
    }
  }
}
