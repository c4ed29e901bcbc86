package dev.kassa.adapters.kafka;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A subscriber that records every delivery, failing the first {@code failures} of each event. */
final class Recorder implements EventSubscriber {

  private final String name;
  private final int failures;
  private final List<StoredEvent> applied = new CopyOnWriteArrayList<>();
  private final List<EventId> attempts = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  Recorder(String name, int failures) {
    this.name = name;
    this.failures = failures;
  }

  static Recorder named(String name) {
    return new Recorder(name, 0);
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
    calls.incrementAndGet();
    attempts.add(event.id());
    if (attempts.stream().filter(event.id()::equals).count() <= failures) {
      throw new IllegalStateException("the subscriber is down");
    }
    applied.add(event);
  }

  List<StoredEvent> applied() {
    return applied;
  }

  List<EventId> appliedIds() {
    return applied.stream().map(StoredEvent::id).toList();
  }

  int calls() {
    return calls.get();
  }
}
