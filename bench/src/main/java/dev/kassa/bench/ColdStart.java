package dev.kassa.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Load on a server that has served nothing yet: {@code concurrency} closed-loop clients from the
 * first second, counting the 2xx answers by the 5-second window they arrived in. Shows how long the
 * JIT (or an ahead-of-time cache) takes to reach the steady rate.
 */
final class ColdStart {

  static final int WINDOW_SECONDS = 5;

  private ColdStart() {}

  /** The rates per window, and the money checks of the transfers made. */
  record Run(List<Double> windows, Ledger.Report report) {}

  /**
   * Transfers between the fixture's accounts on {@code options.cold()}'s server; the checks go
   * through {@code api}, the warm server, so that nothing else warms the cold one.
   */
  static Run measure(Api api, Options options, Fixture fixture) throws Exception {
    var cold = options.cold();
    var before = Ledger.verify(api, fixture.adminToken());
    var outcomes = new Outcomes();
    List<Double> windows;
    try (var coldApi = new Api(cold.baseUrl(), options.requestTimeout())) {
      var transfer = Scenarios.transfer(coldApi, fixture, options.maxAmount(), false);
      windows =
          run(
              cold.seconds(),
              cold.concurrency(),
              options.requestTimeout(),
              outcomes.counting(transfer));
    }
    return new Run(
        windows, Ledger.check(api, fixture, before, outcomes.created(), outcomes.unknown()));
  }

  /** The 2xx answers per second in each 5-second window of {@code seconds}. */
  private static List<Double> run(
      int seconds, int concurrency, Duration timeout, Load.Request request)
      throws InterruptedException {
    int windows = seconds / WINDOW_SECONDS;
    var successes = new AtomicLongArray(windows);
    long start = System.nanoTime();
    long until = start + TimeUnit.SECONDS.toNanos((long) windows * WINDOW_SECONDS);
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < concurrency; i++) {
        executor.execute(() -> loop(request, start, until, successes));
      }
      executor.shutdown();
      long slack = timeout.toNanos() + TimeUnit.SECONDS.toNanos(30);
      if (!executor.awaitTermination(until - System.nanoTime() + slack, TimeUnit.NANOSECONDS)) {
        executor.shutdownNow();
      }
    }
    var rates = new ArrayList<Double>();
    for (int i = 0; i < windows; i++) {
      rates.add(successes.get(i) / (double) WINDOW_SECONDS);
    }
    return rates;
  }

  private static void loop(Load.Request request, long start, long until, AtomicLongArray counts) {
    while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
      boolean success;
      try {
        int status = request.send().status();
        success = status >= 200 && status < 300;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception transportFailure) {
        success = false;
      }
      long end = System.nanoTime();
      int window = (int) ((end - start) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS));
      if (success && end < until) {
        counts.incrementAndGet(window);
      }
    }
  }

  /**
   * The mean rate of the windows in the first {@code seconds}, or null when the run was shorter.
   */
  static Double average(List<Double> windows, int seconds) {
    int count = seconds / WINDOW_SECONDS;
    if (windows.size() < count) {
      return null;
    }
    return windows.subList(0, count).stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /**
   * The mean rate of the windows in the last {@code seconds}, or null when the run was not twice as
   * long (its last windows would include its first).
   */
  static Double lastAverage(List<Double> windows, int seconds) {
    int count = seconds / WINDOW_SECONDS;
    if (windows.size() < 2 * count) {
      return null;
    }
    return windows.subList(windows.size() - count, windows.size()).stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElse(0);
  }

  /** The rate of each window, then each as a share of {@code steady} when known. */
  static List<String> describe(List<Double> windows, int concurrency, Double steady) {
    if (windows.isEmpty()) {
      return List.of();
    }
    var rates =
        new StringBuilder(
            "cold start, transfers/s per 5 s window, %d clients:".formatted(concurrency));
    windows.forEach(rate -> rates.append(' ').append(Summary.fixed(rate, "")));
    if (steady == null) {
      return List.of(rates.toString());
    }
    var shares = new StringBuilder("cold start, the same / steady transfers/s:");
    windows.forEach(rate -> shares.append(' ').append(Summary.fixed(rate / steady, "")));
    return List.of(rates.toString(), shares.toString());
  }
}
