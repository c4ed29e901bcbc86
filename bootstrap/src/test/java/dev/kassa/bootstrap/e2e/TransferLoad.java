package dev.kassa.bootstrap.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A small steady load of one-cent transfers from one account to another on a few threads, each
 * answer recorded with how long it took, until {@link #stop()}.
 */
final class TransferLoad {

  /** One answer: its status, the body, the {@code Retry-After} header, and the time it took. */
  record Outcome(Reply reply, Duration took) {}

  private final Bank bank;
  private final Caller owner;
  private final String from;
  private final String to;
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final ExecutorService threads;
  private volatile boolean running = true;

  private TransferLoad(Bank bank, Caller owner, String from, String to, int threadCount) {
    this.bank = bank;
    this.owner = owner;
    this.from = from;
    this.to = to;
    this.threads = Executors.newFixedThreadPool(threadCount);
    for (int i = 0; i < threadCount; i++) {
      threads.execute(this::sendUntilStopped);
    }
  }

  static TransferLoad start(Bank bank, Caller owner, String from, String to, int threadCount) {
    return new TransferLoad(bank, owner, from, to, threadCount);
  }

  private void sendUntilStopped() {
    while (running) {
      var started = System.nanoTime();
      var reply = bank.transfer(owner, from, to, 1);
      outcomes.add(new Outcome(reply, Duration.ofNanos(System.nanoTime() - started)));
    }
  }

  /** Waits until {@code count} more answers match {@code which} than now. */
  void awaitMore(int count, Predicate<Outcome> which, Duration limit) throws InterruptedException {
    var target = count(which) + count;
    var deadline = System.nanoTime() + limit.toNanos();
    while (count(which) < target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("fewer than " + count + " answers came in " + limit);
      }
      Thread.sleep(20);
    }
  }

  long count(Predicate<Outcome> which) {
    return outcomes.stream().filter(which).count();
  }

  /** Stops sending, waits for the requests in flight, and returns every answer. */
  List<Outcome> stop() throws InterruptedException {
    running = false;
    threads.shutdown();
    if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the load did not stop");
    }
    return new ArrayList<>(outcomes);
  }
}
