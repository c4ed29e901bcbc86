package dev.kassa.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one measured run did: requests started in the window, how long the window lasted, their
 * latencies, answers by HTTP status (and error code, when not 2xx), transport failures (timeouts,
 * refused connections) by exception name, where the machine's CPU went meanwhile, and the
 * transactions and statements Kassa's database counted in the window.
 */
record Result(
    String scenario,
    int concurrency,
    long requests,
    Duration elapsed,
    Latencies latencies,
    SortedMap<String, Long> answers,
    SortedMap<String, Long> failures,
    Cpu.Usage cpu,
    DbStats.Sample database) {

  Result {
    answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
    failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
  }

  /** Latency percentiles in microseconds. */
  record Latencies(long p50, long p90, long p99, long max) {
    static Latencies of(Histogram micros) {
      if (micros.getTotalCount() == 0) {
        return new Latencies(0, 0, 0, 0);
      }
      return new Latencies(
          micros.getValueAtPercentile(50),
          micros.getValueAtPercentile(90),
          micros.getValueAtPercentile(99),
          micros.getMaxValue());
    }
  }

  double perSecond() {
    return perSecond(requests);
  }

  /** Answers with a 2xx status per second. */
  double successesPerSecond() {
    return perSecond(
        answers.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith("2"))
            .mapToLong(Map.Entry::getValue)
            .sum());
  }

  long transportFailures() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }

  private double perSecond(long count) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : count / seconds;
  }
}
