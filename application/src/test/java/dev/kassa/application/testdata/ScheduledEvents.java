package dev.kassa.application.testdata;

import dev.kassa.application.Storage;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Events appended to the outbox and scheduled for subscribers, in one unit of work. */
public final class ScheduledEvents {

  private ScheduledEvents() {}

  /**
   * An event of {@code type} about {@code subject} at {@code at}, due then to {@code subscribers}.
   */
  public static StoredEvent scheduled(
      Storage storage, EventType type, String subject, Instant at, List<String> subscribers) {
    return storage
        .transactions()
        .inTransaction(
            () -> {
              var stored = storage.outbox().append(DomainEvent.of(type, subject, at, Map.of()));
              storage.eventDeliveries().schedule(stored, subscribers, at);
              return stored;
            });
  }
}
