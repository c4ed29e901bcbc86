package dev.kassa.application.notifications;

import dev.kassa.application.notifications.CustomerNotices.EventValues;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.user.User;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The short text of each kind of notice (inbox title and body, SMS) and the details its mail
 * template shows. Cards are named by their last four digits only.
 */
record NoticeText(EventId eventId, String amount, EventValues data) {

  Optional<Notice> deposit(User owner, String accountName) {
    return Optional.of(
        notice(
            owner,
            "deposit.received",
            "Money received",
            amount + " was deposited into your account " + accountName + ".",
            Map.of("amount", amount, "accountName", accountName)));
  }

  Notice transfer(User receiver, String accountName) {
    return notice(
        receiver,
        "transfer.received",
        "Money received",
        "You received " + amount + " in your account " + accountName + ".",
        Map.of("amount", amount, "accountName", accountName));
  }

  Notice order(User buyer, EventType type) {
    var orderId = data.text("orderId");
    var total = Amounts.display(data.number("total"), data.text("currency"));
    var details = new HashMap<>(data.texts("carrier", "trackingNumber"));
    details.put("orderId", orderId);
    details.put("total", total);
    return switch (type) {
      case ORDER_PAID ->
          notice(
              buyer,
              "order.paid",
              "Order paid",
              "We received " + total + " for your order " + orderId + ".",
              details);
      case ORDER_SHIPPED ->
          notice(
              buyer,
              "order.shipped",
              "Order shipped",
              "Your order " + orderId + " is on its way" + tracking(details) + ".",
              details);
      default ->
          notice(
              buyer,
              "order.cancelled",
              "Order cancelled",
              "Your order " + orderId + " was cancelled.",
              details);
    };
  }

  Notice refund(User buyer) {
    var orderId = data.text("orderId");
    return notice(
        buyer,
        "refund.issued",
        "Refund issued",
        amount + " is refunded for your order " + orderId + ".",
        Map.of("amount", amount, "orderId", orderId));
  }

  Notice cardIssued(User owner) {
    return notice(
        owner,
        "card.issued",
        "Card issued",
        "Your " + data.text("type") + " card ending in " + data.text("last4") + " is ready.",
        data.texts("type", "last4"));
  }

  Notice cardFrozen(User owner) {
    return notice(
        owner,
        "card.frozen",
        "Card frozen",
        "Your card ending in " + data.text("last4") + " is frozen.",
        data.texts("type", "last4"));
  }

  private static String tracking(Map<String, String> details) {
    var carrier = details.get("carrier");
    var number = details.get("trackingNumber");
    return (carrier == null ? "" : " with " + carrier)
        + (number == null ? "" : " (tracking number " + number + ")");
  }

  private Notice notice(
      User recipient, String kind, String title, String body, Map<String, String> details) {
    var values = new HashMap<>(details);
    values.put("firstName", recipient.profile().firstName());
    return new Notice(recipient, kind, eventId, title, body, values);
  }
}
