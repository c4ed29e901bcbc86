package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;

/**
 * The {@code mail} subscriber: mails each customer notice to its recipient, unless they turned mail
 * off ({@code notifications.email == false}). Account-security mail does not pass here: it is sent
 * whatever the setting.
 */
public final class MailNotices implements EventSubscriber {

  private final CustomerNotices notices;
  private final CustomerMail mail;

  public MailNotices(CustomerNotices notices, CustomerMail mail) {
    this.notices = notices;
    this.mail = mail;
  }

  @Override
  public String name() {
    return "mail";
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
        .filter(notice -> notice.recipient().notifications().email())
        .ifPresent(mail::send);
  }
}
