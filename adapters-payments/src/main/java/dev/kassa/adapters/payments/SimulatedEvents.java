package dev.kassa.adapters.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kassa.application.payments.SimulatedIntent;
import dev.kassa.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Locale;

/** Writes the simulated provider's webhook events in Stripe's event format. */
final class SimulatedEvents {

  private static final JsonMapper JSON = new JsonMapper();

  private SimulatedEvents() {}

  static String payload(
      String eventId, String type, Instant created, SimulatedIntent intent, PaymentId paymentId) {
    var event = JSON.createObjectNode();
    event.put("id", eventId);
    event.put("object", "event");
    event.put("type", type);
    event.put("created", created.getEpochSecond());
    event.put("livemode", false);
    var object = event.putObject("data").putObject("object");
    object.put("id", intent.id());
    object.put("object", "payment_intent");
    object.put("amount", intent.amount().minor());
    object.put("currency", intent.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
    object.put("status", intent.status());
    var metadata = object.putObject("metadata");
    metadata.put("order_id", intent.orderId());
    metadata.put("payment_id", paymentId.toString());
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event tree always serializes", e);
    }
  }
}
