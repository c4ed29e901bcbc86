package dev.kassa.domain.event;

/** Which events a listing shows: of one {@code type} and/or one {@code subject}; null means any. */
public record EventFilter(EventType type, String subject) {

  public static EventFilter all() {
    return new EventFilter(null, null);
  }

  public boolean matches(DomainEvent event) {
    return (type == null || type == event.type())
        && (subject == null || subject.equals(event.subject()));
  }
}
