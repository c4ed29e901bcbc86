package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.Notifications;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The {@code inbox} subscriber: every customer notice lands in its recipient's in-app inbox,
 * whatever their mail and SMS settings. A redelivered event adds nothing (one per event and user);
 * the add is one write, so it needs no unit of work of its own. A claimed batch of events is
 * {@linkplain #prepare applied at once}: one read of what its notices concern, one write of them.
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

  /**
   * Adds the notifications of all of {@code events} with one write, their accounts and users read
   * with one read each; an event whose notice could not be made fails alone when it is delivered.
   */
  @Override
  public Batch prepare(List<StoredEvent> events) {
    var read = notices.readAhead(events);
    var added = new ArrayList<Notification>();
    var failed = new HashMap<EventId, RuntimeException>();
    for (var event : events) {
      try {
        notification(read, event).ifPresent(added::add);
      } catch (RuntimeException failure) {
        failed.put(event.id(), failure);
      }
    }
    notifications.addAll(added);
    return event -> {
      var failure = failed.get(event.id());
      if (failure != null) {
        throw failure;
      }
    };
  }

  @Override
  public void deliver(StoredEvent event) {
    notification(notices, event).ifPresent(notifications::add);
  }

  private Optional<Notification> notification(CustomerNotices read, StoredEvent event) {
    return read.of(event)
        .map(
            notice ->
                Notification.unread(
                    notice.recipient().id(),
                    notice.kind(),
                    notice.title(),
                    notice.body(),
                    notice.eventId(),
                    clock.instant()));
  }
}
