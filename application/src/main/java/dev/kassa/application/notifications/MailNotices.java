package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;

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

  @Override
  public void deliver(StoredEvent event) {
    notices
        .of(event)
        .filter(notice -> notice.recipient().notifications().email())
        .ifPresent(mail::send);
  }
}
