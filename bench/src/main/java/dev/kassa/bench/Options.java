package dev.kassa.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to run, from {@code --flag value} pairs, then {@code BENCH_FLAG} environment variables, then
 * defaults. The base URL must be plain HTTP on 127.0.0.1: the bench never loads another host.
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
    long maxRequestsPerRun,
    Set<String> scenarios,
    Cpu.Target kassaProcesses) {

  static final List<String> SCENARIOS = List.of("health", "accounts", "transfers", "products");

  Options {
    if (!"http".equals(baseUrl.getScheme()) || !"127.0.0.1".equals(baseUrl.getHost())) {
      throw new IllegalArgumentException("--base-url must be http://127.0.0.1:<port>");
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
    within("max requests per run", maxRequestsPerRun, 1, 1_000_000_000L);
    within("server pid", kassaProcesses.serverPid(), 0, Long.MAX_VALUE);
    if (!SCENARIOS.containsAll(scenarios)) {
      throw new IllegalArgumentException("scenarios are " + SCENARIOS + ", got " + scenarios);
    }
    transferConcurrency = List.copyOf(transferConcurrency);
    idempotentConcurrency = List.copyOf(idempotentConcurrency);
    scenarios = Set.copyOf(scenarios);
  }

  static Options parse(String[] args, Map<String, String> env) {
    var flags = new HashMap<String, String>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs, got " + args[i]);
      }
      flags.put(args[i].substring(2), args[i + 1]);
    }
    var values = new Values(flags, env);
    return new Options(
        URI.create(values.text("base-url", "")),
        env.get("KASSA_ADMIN_EMAIL"),
        env.get("KASSA_ADMIN_PASSWORD"),
        Duration.ofSeconds(values.number("warmup", 5)),
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
        values.number("max-requests-per-run", 20_000_000),
        Set.copyOf(values.list("scenarios", String.join(",", SCENARIOS))),
        new Cpu.Target(values.number("server-pid", 0), values.text("postgres-marker", "")));
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  private static void within(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
    }
  }

  private record Values(Map<String, String> flags, Map<String, String> env) {

    String text(String flag, String fallback) {
      var fromFlag = flags.get(flag);
      if (fromFlag != null) {
        return fromFlag;
      }
      var fromEnv = env.get("BENCH_" + flag.toUpperCase(Locale.ROOT).replace('-', '_'));
      return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    long number(String flag, long fallback) {
      var value = text(flag, Long.toString(fallback));
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + flag + " must be a whole number, was " + value);
      }
    }

    List<String> list(String flag, String fallback) {
      var value = text(flag, fallback).strip();
      if (value.isEmpty() || value.equals("none")) {
        return List.of();
      }
      return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    List<Integer> levels(String flag, String fallback) {
      var levels = new ArrayList<Integer>();
      for (var level : list(flag, fallback)) {
        try {
          levels.add(Integer.parseInt(level));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--" + flag + " takes numbers like 8,32,64");
        }
      }
      return levels;
    }
  }
}
