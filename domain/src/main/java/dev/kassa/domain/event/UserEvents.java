package dev.kassa.domain.event;

import dev.kassa.domain.user.User;
import java.time.Instant;
import java.util.Map;

/** The events of users. Never the password hash. */
public final class UserEvents {

  private UserEvents() {}

  public static DomainEvent registered(User user, Instant now) {
    return DomainEvent.of(
        EventType.USER_REGISTERED,
        user.id(),
        now,
        Map.of(
            "userId", user.id().toString(),
            "email", user.email().value(),
            "role", user.role().code()));
  }
}
