package dev.kassa.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one table to compare across commits: each figure of the performance issue as a ratio to a
 * reference measured in the same run (pgbench on the same PostgreSQL, the HTTP floor of the same
 * server), or as a cost per transfer, with the target beside it.
 */
record Summary(
    Runs runs,
    Options.Reference reference,
    List<Double> coldWindows,
    int coldConcurrency,
    Optional<GcLog> gc,
    Optional<String> statementsUnavailable) {

  Summary(Runs runs, Options options, List<Double> coldWindows, Optional<String> noStatements) {
    this(
        runs,
        options.reference(),
        coldWindows,
        options.cold().concurrency(),
        GcLog.read(options.probes().gcLog()),
        noStatements);
  }

  private static final String ROW = "%-58s %12s   %s%n";

  void print(PrintStream out) {
    out.println();
    out.println("Summary (ratios to references measured in this run; n/a: not measured)");
    out.printf(Locale.ROOT, ROW, "figure", "value", "target (issue 13)");
    var tpcb32 = reference.tpcb().get(32);
    var tpcb64 = reference.tpcb().get(64);
    row(
        out,
        "transfers/s / pgbench TPC-B tps, 32 clients",
        ratio(runs.rate("transfers", 32), tpcb32),
        ">= 1.0x; 2.0x with batching");
    row(
        out,
        "transfers/s / pgbench TPC-B tps, 64 clients",
        ratio(runs.rate("transfers", 64), tpcb64),
        ">= 1.0x; 2.0x with batching");
    row(
        out,
        "idempotent / unkeyed transfers/s, 32 clients",
        ratio(runs.rate("transfers+idem-key", 32), runs.rate("transfers", 32)),
        ">= 0.9x");
    row(
        out,
        "transfer p99 at 32 clients",
        runs.find("transfers", 32)
            .map(r -> fixed(r.latencies().p99() / 1000.0, " ms"))
            .orElse("n/a"),
        "<= 50 ms");
    var hot = runs.find("hot-product", null);
    row(
        out,
        "hot product purchases/s / pgbench stock script tps",
        ratio(
            hot.map(Result::successesPerSecond).orElse(null),
            hot.map(r -> reference.stock().get(r.concurrency())).orElse(null)),
        ">= 0.5x");
    var live = runs.rate("health/live", null);
    row(
        out,
        "account read / health/live req/s",
        ratio(runs.rate("accounts/read", null), live),
        ">= 0.5x");
    row(
        out,
        "product listing / health/live req/s",
        ratio(runs.rate("products/list", null), live),
        ">= 0.9x (within 10 %)");
    var steady = runs.rate("transfers", coldConcurrency);
    row(
        out,
        "cold start: first 15 s / steady transfers/s",
        ratio(ColdStart.average(coldWindows, 15), steady),
        ">= 0.8x");
    row(
        out,
        "cold start: first 15 s / its own last 15 s",
        ratio(ColdStart.average(coldWindows, 15), ColdStart.lastAverage(coldWindows, 15)),
        "the same, against the cold server's own late rate");
    row(
        out,
        "JVM CPU us per transfer, 32 clients",
        number(runs.perTransfer(r -> r.cpu().serverSeconds() * 1e6)),
        "compare across commits");
    row(
        out,
        "PostgreSQL CPU us per transfer, 32 clients (backends)",
        number(runs.perTransfer(r -> r.cpu().postgresSeconds() * 1e6)),
        "compare across commits");
    row(
        out,
        "PostgreSQL transactions per transfer, 32 clients",
        number(runs.perTransfer(r -> r.database().transactions())),
        "1 (no transaction of its own for auth)");
    row(
        out,
        "SQL statements per transfer, 32 clients",
        number(runs.perTransfer(r -> r.database().statements())),
        "compare across commits");
    row(
        out,
        "max GC pause of the server, whole run",
        gc.map(log -> fixed(log.maxPauseMillis(), " ms")).orElse("n/a"),
        "<= 50 ms");
    row(
        out,
        "longest stop for the collector, reaching it included",
        gc.map(log -> fixed(log.maxStopMillis(), " ms")).orElse("n/a"),
        "compare across commits");
    row(
        out,
        "heap used before a GC, max (MB of MB heap)",
        gc.map(log -> log.maxUsedMb() + "/" + log.maxHeapMb()).orElse("n/a"),
        "fits -Xmx512m");
    out.println(
        "pgbench: TPC-B " + tps(reference.tpcb()) + "; stock script " + tps(reference.stock()));
    ColdStart.describe(coldWindows, coldConcurrency, steady).forEach(out::println);
    statementsUnavailable.ifPresent(why -> out.println("statements n/a: " + why));
  }

  private static String tps(Map<Integer, Double> byClients) {
    return byClients.isEmpty()
        ? "not run"
        : new TreeMap<>(byClients)
            .entrySet().stream()
                .map(e -> "%.0f tps at %d clients".formatted(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
  }

  private static String ratio(Double value, Double reference) {
    return value == null || reference == null || reference == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.2fx", value / reference);
  }

  private static String number(Double value) {
    return value == null ? "n/a" : fixed(value, "");
  }

  static String fixed(double value, String unit) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f%s" : "%.2f%s", value, unit);
  }

  private static void row(PrintStream out, String figure, String value, String target) {
    out.printf(Locale.ROOT, ROW, figure, value, target);
  }
}
