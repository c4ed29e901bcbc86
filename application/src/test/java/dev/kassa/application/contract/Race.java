package dev.kassa.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs the same task on several threads released at once, and reports how each one ended. */
public final class Race {

  /** How one runner ended: with a value, or with the exception it threw. */
  public record Outcome<T>(T value, Throwable failure) {

    public boolean succeeded() {
      return failure == null;
    }
  }

  private static final long TIMEOUT_SECONDS = 60;

  private Race() {}

  public static <T> List<Outcome<T>> run(int runners, IntFunction<T> task) {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(runners);
    try {
      var futures = new ArrayList<Future<T>>();
      for (int runner = 0; runner < runners; runner++) {
        var index = runner;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.apply(index);
                }));
      }
      start.countDown();
      var outcomes = new ArrayList<Outcome<T>>();
      for (var future : futures) {
        outcomes.add(outcomeOf(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> outcomeOf(Future<T> future) {
    try {
      return new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a runner did not finish within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the runners", e);
    }
  }
}
