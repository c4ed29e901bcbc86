package dev.kassa.adapters.memory;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.domain.event.EventId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** The applied events in memory, with when each was applied; undone with their unit of work. */
public final class InMemoryAppliedEvents implements AppliedEvents {

  record Key(String subscriber, EventId event) {}

  private final Table<Key, Instant> applied;
  private final Clock clock;

  public InMemoryAppliedEvents(InMemoryTransactions transactions, Clock clock) {
    this.applied = new Table<>(transactions);
    this.clock = clock;
  }

  @Override
  public boolean contains(String subscriber, EventId event) {
    return applied.find(new Key(subscriber, event)).isPresent();
  }

  @Override
  public boolean record(String subscriber, EventId event) {
    return applied.insert(new Key(subscriber, event), clock.instant());
  }

  /** When each subscriber that applied {@code event} applied it. */
  Map<String, Instant> of(EventId event) {
    return applied
        .keys()
        .filter(key -> key.event().equals(event))
        .collect(Collectors.toMap(Key::subscriber, key -> applied.find(key).orElseThrow()));
  }

  void forget(String subscriber, EventId event) {
    applied.remove(new Key(subscriber, event));
  }

  long count() {
    return applied.size();
  }
}
