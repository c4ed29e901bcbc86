package dev.kassa.bootstrap;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber that records what reaches it, in order, after failing its first {@code failures}
 * attempts of each event; {@code slowness} makes each delivery take that long.
 */
final class Recorder implements EventSubscriber {

  private final String name;
  private final int failures;
  private final long slownessMillis;
  private final ConcurrentLinkedQueue<StoredEvent> delivered = new ConcurrentLinkedQueue<>();
  private final AtomicInteger attempts = new AtomicInteger();

  public Recorder(String name, int failures, long slownessMillis) {
    this.name = name;
    this.failures = failures;
    this.slownessMillis = slownessMillis;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean accepts(EventType type) {
    return true;
  }

  @Override
  public void deliver(StoredEvent event) {
    var attempt = attempts.incrementAndGet();
    if (attempt <= failures) {
      throw new IllegalStateException("endpoint refused attempt " + attempt + "; token=abc123");
    }
    if (slownessMillis > 0) {
      try {
        Thread.sleep(slownessMillis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", interrupted);
      }
    }
    delivered.add(event);
  }

  public List<StoredEvent> delivered() {
    return List.copyOf(delivered);
  }

  public int attempts() {
    return attempts.get();
  }
}
