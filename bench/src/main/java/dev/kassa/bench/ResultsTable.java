package dev.kassa.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The results as a fixed-width text table: throughput, latency percentiles and answers. */
final class ResultsTable {

  private static final String ROW = "%-20s %4s %9s %8s %8s %7s %7s %7s %8s %6s %6s %6s %6s  %s%n";

  private ResultsTable() {}

  static void print(List<Result> results, PrintStream out) {
    out.printf(
        Locale.ROOT,
        ROW,
        "scenario",
        "conc",
        "requests",
        "req/s",
        "2xx/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "server",
        "pg",
        "bench",
        "other",
        "answers (count per status and error code; transport failures)");
    for (var result : results) {
      var latency = result.latencies();
      out.printf(
          Locale.ROOT,
          ROW,
          result.scenario(),
          result.concurrency(),
          result.requests(),
          "%.0f".formatted(result.perSecond()),
          "%.0f".formatted(result.successesPerSecond()),
          millis(latency.p50()),
          millis(latency.p90()),
          millis(latency.p99()),
          millis(latency.max()),
          percent(result.cpu().server()),
          percent(result.cpu().postgres()),
          percent(result.cpu().generator()),
          percent(result.cpu().other()),
          answers(result));
    }
    out.println(
        "server, pg, bench, other: share of all cores used during the measured window by the Kassa"
            + " JVM, its PostgreSQL, this load generator, and every other process");
  }

  private static String millis(long micros) {
    return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String answers(Result result) {
    return Stream.concat(
            result.answers().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()),
            result.failures().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()))
        .collect(Collectors.joining(", "));
  }
}
