package dev.kassa.application.notifications;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.Map;

/**
 * The {@code slack} subscriber: tells the operators of each paid order, each product whose stock
 * ran low and each webhook endpoint disabled after failing; the event dispatcher also reports here
 * each delivery gone {@code dead}.
 */
public final class OperatorAlerts implements EventSubscriber {

  private static final int MAX_ERROR_LENGTH = 300;

  private final Alerts alerts;

  public OperatorAlerts(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public boolean accepts(EventType type) {
    return type == EventType.ORDER_PAID
        || type == EventType.STOCK_LOW
        || type == EventType.WEBHOOK_ENDPOINT_DISABLED;
  }

  @Override
  public void deliver(StoredEvent event) {
    var data = new CustomerNotices.EventValues(event.event().data());
    alerts.post(
        switch (event.type()) {
          case ORDER_PAID ->
              "Order "
                  + data.text("orderId")
                  + " paid: "
                  + Amounts.display(data.number("total"), data.text("currency"));
          case STOCK_LOW ->
              "Stock low: " + data.text("sku") + " has " + data.text("stock") + " left";
          default ->
              "Webhook endpoint "
                  + endpoint(event.subject(), event.event().data())
                  + " was disabled after failing deliveries";
        });
  }

  /**
   * Tells the operators that {@code subscriber} gave up on the event {@code eventId} after its last
   * attempt failed with {@code error}.
   *
   * @throws RuntimeException when the channel did not take it
   */
  public void deadDelivery(EventId eventId, String subscriber, String error) {
    var reason =
        error == null || error.length() <= MAX_ERROR_LENGTH
            ? error
            : error.substring(0, MAX_ERROR_LENGTH) + "...";
    alerts.post("Event " + eventId + " is dead for subscriber " + subscriber + ": " + reason);
  }

  private static String endpoint(String subject, Map<String, Object> data) {
    var url = data.get("url");
    return url == null ? subject : subject + " (" + url + ")";
  }
}
