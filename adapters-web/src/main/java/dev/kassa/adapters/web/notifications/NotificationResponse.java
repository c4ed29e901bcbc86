package dev.kassa.adapters.web.notifications;

import dev.kassa.domain.notification.Notification;
import java.time.Instant;

/** One in-app notification as the API shows it. */
public record NotificationResponse(
    String id,
    String type,
    String title,
    String body,
    String eventId,
    Instant readAt,
    Instant createdAt) {

  public static NotificationResponse from(Notification notification) {
    return new NotificationResponse(
        notification.id().toString(),
        notification.type(),
        notification.title(),
        notification.body(),
        notification.eventId().toString(),
        notification.readAt(),
        notification.createdAt());
  }
}
