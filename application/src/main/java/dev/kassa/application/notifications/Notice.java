package dev.kassa.application.notifications;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.user.User;
import java.util.Map;
import java.util.Objects;

/**
 * What one customer is told about one event, before any channel: {@code kind} names it ({@code
 * transfer.received}, {@code order.shipped}...), {@code title} and {@code body} are the short text
 * of the inbox and SMS, {@code details} the values a mail template shows (amounts already written
 * for people). Nothing in it is a secret, a token or a full card number.
 */
public record Notice(
    User recipient,
    String kind,
    EventId eventId,
    String title,
    String body,
    Map<String, String> details) {

  public Notice {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    details = Map.copyOf(details);
  }
}
