package dev.kassa.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs tasks on a number of threads, all released at once, and collects their results in order. */
public final class Parallel {

  private Parallel() {}

  public static <T> List<T> run(int threads, List<? extends Supplier<T>> tasks) {
    var start = new CountDownLatch(1);
    var executor = Executors.newFixedThreadPool(threads);
    try {
      var futures = new ArrayList<Future<T>>();
      for (var task : tasks) {
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.get();
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (ExecutionException failed) {
      throw new AssertionError("a parallel request failed", failed.getCause());
    } catch (InterruptedException | TimeoutException stuck) {
      throw new AssertionError("parallel requests did not finish", stuck);
    } finally {
      executor.shutdownNow();
    }
  }
}
