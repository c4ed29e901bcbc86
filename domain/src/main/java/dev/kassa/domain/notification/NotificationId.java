package dev.kassa.domain.notification;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one notification of an in-app inbox. */
public record NotificationId(UUID value) {

  public NotificationId {
    Objects.requireNonNull(value, "value");
  }

  public static NotificationId newId() {
    return new NotificationId(Uuids.v7());
  }

  public static NotificationId of(String text) {
    return new NotificationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
