package dev.kassa.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: {@code concurrency} virtual threads each send one request, wait for its answer and
 * send the next, first for the warm-up (not recorded), then for the measured duration. Only
 * requests started inside the measured window count; the window closes when the last of them
 * answers. Each worker stops at the end of the window or after its share of {@code maxRequests},
 * whichever comes first.
 */
final class Load {

  /** One request and its reply. A thrown exception counts as a transport failure. */
  @FunctionalInterface
  interface Request {
    Api.Reply send() throws Exception;
  }

  record Plan(
      String scenario, int concurrency, Duration warmup, Duration duration, long maxRequests) {}

  private static final long SLACK_SECONDS = 30;

  private Load() {}

  static Result run(
      Plan plan, Duration requestTimeout, Cpu.Target kassa, DbStats db, Request request)
      throws InterruptedException {
    long measureFrom = System.nanoTime() + plan.warmup().toNanos();
    long measureUntil = measureFrom + plan.duration().toNanos();
    long perWorker = Math.max(1, plan.maxRequests() / plan.concurrency());
    var workers = new ArrayList<Callable<Tally>>();
    for (int i = 0; i < plan.concurrency(); i++) {
      workers.add(() -> loop(request, measureFrom, measureUntil, perWorker));
    }
    long deadline =
        measureUntil + requestTimeout.toNanos() + TimeUnit.SECONDS.toNanos(SLACK_SECONDS);
    var total = new Tally(measureFrom);
    Cpu.Usage cpu;
    DbStats.Sample statements;
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = workers.stream().map(executor::submit).toList();
      sleepUntil(measureFrom);
      var start = Cpu.sample(kassa);
      var startStatements = db.sample();
      for (var future : futures) {
        total.add(collect(future, deadline));
      }
      cpu = start.until(Cpu.sample(kassa));
      statements = startStatements.until(db.sample());
    }
    return total.result(plan, cpu, statements);
  }

  private static Tally collect(Future<Tally> future, long deadline) throws InterruptedException {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      future.cancel(true);
      var stopped = new Tally(0);
      stopped.failures.merge("worker_stopped", 1L, Long::sum);
      return stopped;
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long remaining = nanoTime - System.nanoTime();
    if (remaining > 0) {
      TimeUnit.NANOSECONDS.sleep(remaining);
    }
  }

  private static Tally loop(Request request, long measureFrom, long measureUntil, long limit) {
    var tally = new Tally(measureFrom);
    for (long sent = 0; sent < limit && !Thread.currentThread().isInterrupted(); sent++) {
      long start = System.nanoTime();
      if (start >= measureUntil) {
        break;
      }
      String answer = null;
      String failure = null;
      try {
        answer = request.send().answer();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e.getClass().getSimpleName();
      } catch (Exception e) {
        failure = e.getClass().getSimpleName();
      }
      long end = System.nanoTime();
      if (start >= measureFrom) {
        tally.record(start, end, answer, failure);
      }
    }
    return tally;
  }

  private static final class Tally {
    private final long measureFrom;
    private final Histogram micros = new Histogram(3);
    private final TreeMap<String, Long> answers = new TreeMap<>();
    private final TreeMap<String, Long> failures = new TreeMap<>();
    private long lastEnd;

    Tally(long measureFrom) {
      this.measureFrom = measureFrom;
      this.lastEnd = measureFrom;
    }

    void record(long start, long end, String answer, String failure) {
      micros.recordValue(Math.max(1, (end - start) / 1_000));
      if (failure == null) {
        answers.merge(answer, 1L, Long::sum);
      } else {
        failures.merge(failure, 1L, Long::sum);
      }
      lastEnd = Math.max(lastEnd, end);
    }

    void add(Tally other) {
      micros.add(other.micros);
      other.answers.forEach((answer, count) -> answers.merge(answer, count, Long::sum));
      other.failures.forEach((failure, count) -> failures.merge(failure, count, Long::sum));
      lastEnd = Math.max(lastEnd, other.lastEnd);
    }

    Result result(Plan plan, Cpu.Usage cpu, DbStats.Sample statements) {
      return new Result(
          plan.scenario(),
          plan.concurrency(),
          micros.getTotalCount(),
          Duration.ofNanos(lastEnd - measureFrom),
          Result.Latencies.of(micros),
          answers,
          failures,
          cpu,
          statements);
    }
  }
}
