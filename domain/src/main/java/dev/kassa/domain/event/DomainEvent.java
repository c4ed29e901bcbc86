package dev.kassa.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to one resource, declared by the use case that made it happen and written
 * to the {@link Outbox} in the same unit of work. {@code subject} is the id of the resource it is
 * about (for a refund its order, for a hold its account). {@code data} is what a consumer needs
 * without calling back, as JSON values only (see {@link EventData#copyOf}); it never holds a
 * password, token, hash, secret or card number.
 */
public record DomainEvent(
    EventId id, EventType type, String subject, Instant time, Map<String, Object> data) {

  public static final int MAX_SUBJECT_LENGTH = 128;

  public DomainEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
    if (subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
      throw new IllegalArgumentException("subject must be 1 to " + MAX_SUBJECT_LENGTH + " chars");
    }
    data = EventData.copyOf(data);
  }

  /** A new event, with a fresh id. */
  public static DomainEvent of(EventType type, Object subject, Instant time, Map<String, ?> data) {
    return new DomainEvent(
        EventId.newId(), type, String.valueOf(subject), time, EventData.copyOf(data));
  }

  /**
   * The one subject of {@code events}.
   *
   * @throws IllegalArgumentException when there are none, or they are of several subjects
   */
  public static String subjectOf(List<DomainEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no events");
    }
    var subject = events.getFirst().subject();
    if (events.stream().anyMatch(event -> !event.subject().equals(subject))) {
      throw new IllegalArgumentException("the events are of several subjects");
    }
    return subject;
  }
}
