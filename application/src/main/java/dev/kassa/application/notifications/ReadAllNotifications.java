package dev.kassa.application.notifications;

import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.user.Actor;
import java.time.Clock;

/** Marks every unread notification of the caller read. */
public final class ReadAllNotifications {

  private final Notifications notifications;
  private final Clock clock;

  public ReadAllNotifications(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  public void execute(Actor actor) {
    notifications.markAllRead(actor.id(), clock.instant());
  }
}
