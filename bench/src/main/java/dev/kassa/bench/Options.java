package dev.kassa.bench;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to run, from {@code --flag value} pairs, then {@code BENCH_FLAG} environment variables, then
 * defaults. Every base URL must be plain HTTP on 127.0.0.1: the bench never loads another host.
 */
record Options(
    URI baseUrl,
    String adminEmail,
    String adminPassword,
    Duration warmup,
    Duration duration,
    Duration requestTimeout,
    int concurrency,
    List<Integer> transferConcurrency,
    List<Integer> idempotentConcurrency,
    int accounts,
    int users,
    long initialBalance,
    long maxAmount,
    int products,
    int buyers,
    long maxRequestsPerRun,
    Set<String> scenarios,
    Cold cold,
    Probes probes,
    Reference reference) {

  static final List<String> SCENARIOS =
      List.of("health", "accounts", "transfers", "products", "hot-product", "cold-start");

  /** The freshly started server of the cold-start run; {@code baseUrl} null when there is none. */
  record Cold(URI baseUrl, int seconds, int concurrency) {}

  /**
   * What the bench reads besides HTTP: the processes whose CPU counts as Kassa's, the JDBC URL and
   * credentials of Kassa's database for its statistics (empty: none), the server's GC log.
   */
  record Probes(
      Cpu.Target kassa, String statsUrl, String statsUser, String statsPassword, String gcLog) {}

  /** pgbench's tps in this invocation by clients: TPC-B, and the single-row stock script. */
  record Reference(Map<Integer, Double> tpcb, Map<Integer, Double> stock) {
    Reference {
      tpcb = Map.copyOf(tpcb);
      stock = Map.copyOf(stock);
    }
  }

  Options {
    localOnly(baseUrl);
    if (cold.baseUrl() != null) {
      localOnly(cold.baseUrl());
    }
    if (adminEmail == null || adminPassword == null) {
      throw new IllegalArgumentException("KASSA_ADMIN_EMAIL and KASSA_ADMIN_PASSWORD are required");
    }
    within("warmup seconds", warmup.toSeconds(), 0, 600);
    within("duration seconds", duration.toSeconds(), 1, 3600);
    within("request timeout seconds", requestTimeout.toSeconds(), 1, 120);
    within("concurrency", concurrency, 1, 1024);
    transferConcurrency.forEach(level -> within("transfer concurrency", level, 1, 1024));
    idempotentConcurrency.forEach(level -> within("idempotent concurrency", level, 1, 1024));
    within("accounts", accounts, 2, 100_000);
    within("users", users, 1, accounts);
    within("initial balance", initialBalance, 1, 1_000_000_000_000L);
    within("max amount", maxAmount, 1, initialBalance);
    within("products", products, 1, 10_000);
    within("buyers", buyers, 1, 1024);
    within("max requests per run", maxRequestsPerRun, 1, 1_000_000_000L);
    within("cold seconds", cold.seconds(), 5, 600);
    within("cold concurrency", cold.concurrency(), 1, 1024);
    within("server pid", probes.kassa().serverPid(), 0, Long.MAX_VALUE);
    if (!SCENARIOS.containsAll(scenarios)) {
      throw new IllegalArgumentException("scenarios are " + SCENARIOS + ", got " + scenarios);
    }
    transferConcurrency = List.copyOf(transferConcurrency);
    idempotentConcurrency = List.copyOf(idempotentConcurrency);
    scenarios = Set.copyOf(scenarios);
  }

  static Options parse(String[] args, Map<String, String> env) {
    var given = new HashMap<String, String>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs, got " + args[i]);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    var values = new Flags(given, env);
    var coldUrl = values.text("cold-base-url", "");
    return new Options(
        URI.create(values.text("base-url", "")),
        env.get("KASSA_ADMIN_EMAIL"),
        env.get("KASSA_ADMIN_PASSWORD"),
        Duration.ofSeconds(values.number("warmup", 15)),
        Duration.ofSeconds(values.number("duration", 20)),
        Duration.ofSeconds(values.number("request-timeout", 10)),
        (int) values.number("concurrency", 32),
        values.levels("transfer-concurrency", "8,32,64"),
        values.levels("idempotent-concurrency", "32"),
        (int) values.number("accounts", 1000),
        (int) values.number("users", 10),
        values.number("initial-balance", 20_000),
        values.number("max-amount", 1_000),
        (int) values.number("products", 200),
        (int) values.number("buyers", 64),
        values.number("max-requests-per-run", 20_000_000),
        Set.copyOf(values.list("scenarios", String.join(",", SCENARIOS))),
        new Cold(
            coldUrl.isBlank() ? null : URI.create(coldUrl),
            (int) values.number("cold-seconds", 60),
            (int) values.number("cold-concurrency", 32)),
        new Probes(
            new Cpu.Target(values.number("server-pid", 0), values.text("postgres-marker", "")),
            values.text("stats-url", ""),
            env.getOrDefault("DATABASE_USER", "postgres"),
            env.getOrDefault("DATABASE_PASSWORD", ""),
            values.text("gc-log", "")),
        new Reference(values.rates("pgbench-tpcb"), values.rates("pgbench-stock")));
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  private static void localOnly(URI url) {
    if (!"http".equals(url.getScheme()) || !"127.0.0.1".equals(url.getHost())) {
      throw new IllegalArgumentException("base URLs must be http://127.0.0.1:<port>, got " + url);
    }
  }

  private static void within(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
    }
  }
}
