package dev.kassa.application.contract;

import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Forms one batch of chosen units on a batching {@link Transactions}: a first unit holds the batch
 * in flight while the others queue behind it, so that they all run in the next batch together.
 */
public final class BatchGate implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 60;

  private final Transactions batching;
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final Thread holder;
  private final List<Thread> callers = new ArrayList<>();

  private BatchGate(Transactions batching, RuntimeException ending) {
    this.batching = batching;
    this.holder =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    batching.run(
                        () -> {
                          entered.countDown();
                          await(release);
                          if (ending != null) {
                            throw ending;
                          }
                        });
                  } catch (RuntimeException ended) {
                    if (ended != ending) {
                      throw ended;
                    }
                  }
                });
    await(entered);
  }

  /** Holds a batch in flight on {@code batching} until {@link #release}. */
  public static BatchGate hold(Transactions batching) {
    return new BatchGate(batching, null);
  }

  /**
   * Holds a batch in flight on {@code batching} until {@link #release}, when it fails with {@code
   * ending}.
   */
  public static BatchGate holdFailing(Transactions batching, RuntimeException ending) {
    return new BatchGate(batching, ending);
  }

  /** Queues {@code work} behind the held batch; its answer once the next batch has run. */
  public <T> CompletableFuture<T> queue(Supplier<T> work) {
    return queue(List.of(), work);
  }

  /** Queues {@code work}, which names the rows it locks, behind the held batch. */
  public <T> CompletableFuture<T> queue(Collection<? extends LockKey> locks, Supplier<T> work) {
    return enter(() -> batching.inTransaction(locks, work));
  }

  /**
   * Calls {@code useCase}, which queues its own unit of work on the batching (naming its locks as
   * it does), behind the held batch.
   */
  public <T> CompletableFuture<T> enter(Supplier<T> useCase) {
    var answer = new CompletableFuture<T>();
    var caller =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    answer.complete(useCase.get());
                  } catch (RuntimeException | Error failure) {
                    answer.completeExceptionally(failure);
                  }
                });
    callers.add(caller);
    while (caller.getState() != Thread.State.WAITING && !answer.isDone()) {
      Thread.onSpinWait();
    }
    return answer;
  }

  /** Lets the held batch commit: the queued units then run as one batch. */
  public void release() {
    open();
    join(holder);
    callers.forEach(BatchGate::join);
  }

  /** Lets the held batch commit, without waiting for the queued units' batch to end. */
  public void open() {
    release.countDown();
  }

  @Override
  public void close() {
    open();
  }

  /** The answer of a queued unit, or the failure it ended with. */
  public static <T> T answer(CompletableFuture<T> unit) throws Throwable {
    try {
      return unit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw failed.getCause();
    } catch (TimeoutException timeout) {
      throw new AssertionError("a unit was not answered within " + TIMEOUT_SECONDS + " s", timeout);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("the batch did not start within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  private static void join(Thread thread) {
    try {
      if (!thread.join(java.time.Duration.ofSeconds(TIMEOUT_SECONDS))) {
        throw new AssertionError(thread + " did not end within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
