package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.Notifications;
import java.time.Clock;
import java.util.List;

/**
 * The {@code inbox} subscriber: every customer notice lands in its recipient's in-app inbox,
 * whatever their mail and SMS settings. A redelivered event adds nothing (one per event and user);
 * the add is one write, so it needs no unit of work of its own.
 */
public final class InboxNotices implements EventSubscriber {

  private final CustomerNotices notices;
  private final Notifications notifications;
  private final Clock clock;

  public InboxNotices(CustomerNotices notices, Notifications notifications, Clock clock) {
    this.notices = notices;
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

  /** Reads the accounts and users of all of {@code events}' notices at once. */
  @Override
  public Batch prepare(List<StoredEvent> events) {
    var read = notices.readAhead(events);
    return event -> deliver(read, event);
  }

  @Override
  public void deliver(StoredEvent event) {
    deliver(notices, event);
  }

  private void deliver(CustomerNotices read, StoredEvent event) {
    read.of(event)
        .ifPresent(
            notice ->
                notifications.add(
                    Notification.unread(
                        notice.recipient().id(),
                        notice.kind(),
                        notice.title(),
                        notice.body(),
                        notice.eventId(),
                        clock.instant())));
  }
}
