package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;

/**
 * The {@code inbox} subscriber: every customer notice lands in its recipient's in-app inbox,
 * whatever their mail and SMS settings. A redelivered event adds nothing (one per event and user).
 */
public final class InboxNotices implements EventSubscriber {

  private final CustomerNotices notices;
  private final Transactions transactions;
  private final Notifications notifications;
  private final Clock clock;

  public InboxNotices(
      CustomerNotices notices,
      Transactions transactions,
      Notifications notifications,
      Clock clock) {
    this.notices = notices;
    this.transactions = transactions;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "inbox";
  }

  @Override
  public boolean accepts(EventType type) {
    return CustomerNotices.TYPES.contains(type);
  }

  @Override
  public void deliver(StoredEvent event) {
    notices
        .of(event)
        .ifPresent(
            notice ->
                transactions.run(
                    () ->
                        notifications.add(
                            Notification.unread(
                                notice.recipient().id(),
                                notice.kind(),
                                notice.title(),
                                notice.body(),
                                notice.eventId(),
                                clock.instant()))));
  }
}
