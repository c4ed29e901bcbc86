package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;
import java.util.Set;

/**
 * The {@code sms} subscriber: a short text when money arrives and when an order ships, to customers
 * who gave a phone number and turned SMS on ({@code notifications.sms == true}).
 */
public final class SmsNotices implements EventSubscriber {

  private static final Set<String> KINDS =
      Set.of("deposit.received", "transfer.received", "order.shipped");
  private static final int MAX_LENGTH = 160;

  private final CustomerNotices notices;
  private final TextMessages messages;

  public SmsNotices(CustomerNotices notices, TextMessages messages) {
    this.notices = notices;
    this.messages = messages;
  }

  @Override
  public String name() {
    return "sms";
  }

  @Override
  public boolean accepts(EventType type) {
    return type == EventType.TRANSACTION_POSTED
        || type == EventType.TRANSFER_COMPLETED
        || type == EventType.ORDER_SHIPPED;
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
        .filter(notice -> KINDS.contains(notice.kind()))
        .filter(notice -> notice.recipient().notifications().sms())
        .filter(notice -> notice.recipient().profile().phone() != null)
        .ifPresent(
            notice -> messages.send(notice.recipient().profile().phone(), text(notice.body())));
  }

  private static String text(String body) {
    var text = "Kassa: " + body;
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
  }
}
