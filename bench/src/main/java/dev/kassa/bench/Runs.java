package dev.kassa.bench;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The results of one invocation, looked up by scenario and concurrency. */
record Runs(List<Result> results) {

  Runs {
    results = List.copyOf(results);
  }

  /** The first run of {@code scenario}, at {@code concurrency} when it is not null. */
  Optional<Result> find(String scenario, Integer concurrency) {
    return results.stream()
        .filter(r -> r.scenario().equals(scenario))
        .filter(r -> concurrency == null || r.concurrency() == concurrency)
        .findFirst();
  }

  /** The 2xx answers per second of that run, or null when it did not run. */
  Double rate(String scenario, Integer concurrency) {
    return find(scenario, concurrency).map(Result::successesPerSecond).orElse(null);
  }

  /**
   * {@code total} of the unkeyed transfer run at 32 clients divided by its requests, or null when
   * unknown (the run or the probe missing).
   */
  Double perTransfer(ToDoubleFunction<Result> total) {
    return find("transfers", 32)
        .filter(r -> r.requests() > 0)
        .map(r -> total.applyAsDouble(r) / r.requests())
        .filter(value -> value >= 0 && !value.isNaN())
        .orElse(null);
  }
}
