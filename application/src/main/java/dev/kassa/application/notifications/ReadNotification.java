package dev.kassa.application.notifications;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.NotificationId;
import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;

/**
 * Marks one of the caller's notifications read. Another user's notification is not found, for
 * admins too: an inbox is private.
 */
public final class ReadNotification {

  private final Transactions transactions;
  private final Notifications notifications;
  private final Clock clock;

  public ReadNotification(Transactions transactions, Notifications notifications, Clock clock) {
    this.transactions = transactions;
    this.notifications = notifications;
    this.clock = clock;
  }

  public Notification execute(Actor actor, NotificationId id) {
    return transactions.inTransaction(
        () -> {
          var notification =
              notifications
                  .find(id)
                  .filter(found -> found.userId().equals(actor.id()))
                  .orElseThrow(() -> new NotFoundException("notification", id));
          notifications.markRead(id, clock.instant());
          return notifications.find(id).orElse(notification);
        });
  }
}
