package dev.kassa.adapters.web.admin;

import dev.kassa.application.events.CloudEvents;
import dev.kassa.application.events.EventView;
import dev.kassa.domain.event.EventDelivery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox event as its CloudEvents JSON, plus {@code deliveries}: its state per subscriber. */
final class EventResponse {

  record Delivery(
      String subscriber,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant deliveredAt) {

    static Delivery from(EventDelivery delivery) {
      return new Delivery(
          delivery.subscriber(),
          delivery.status().code(),
          delivery.attempts(),
          delivery.nextAttemptAt(),
          delivery.lastError(),
          delivery.deliveredAt());
    }
  }

  private EventResponse() {}

  static Map<String, Object> from(CloudEvents format, EventView view) {
    var json = new LinkedHashMap<String, Object>(format.render(view.event()));
    json.put("deliveries", view.deliveries().stream().map(Delivery::from).toList());
    return json;
  }

  static Map<String, Object> redelivered(CloudEvents format, EventView view, List<String> to) {
    var json = from(format, view);
    json.put("redeliveredTo", to);
    return json;
  }
}
