package dev.kassa.domain.notification;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a user's in-app inbox, made from one domain event: {@code type} names what happened
 * ({@code transfer.received}, {@code order.shipped}...), {@code readAt} is null until it is read.
 */
public record Notification(
    NotificationId id,
    UserId userId,
    String type,
    String title,
    String body,
    EventId eventId,
    Instant readAt,
    Instant createdAt) {

  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new, unread notification. */
  public static Notification unread(
      UserId userId, String type, String title, String body, EventId eventId, Instant now) {
    return new Notification(NotificationId.newId(), userId, type, title, body, eventId, null, now);
  }

  public boolean isUnread() {
    return readAt == null;
  }

  /** This notification read at {@code at}, or as it is when it was read already. */
  public Notification read(Instant at) {
    return isUnread()
        ? new Notification(id, userId, type, title, body, eventId, at, createdAt)
        : this;
  }
}
