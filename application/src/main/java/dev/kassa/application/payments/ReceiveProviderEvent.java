package dev.kassa.application.payments;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * Takes a webhook event from the payment provider. The signature over the raw payload is checked
 * before anything of it is read; then, in one unit of work, the event is recorded (once per event
 * id: a redelivery is counted and changes nothing) and applied to the order paid through its intent
 * (see {@link GatewaySettlement}). Whatever the event says, it is answered without an error once
 * its signature is good, so that the provider stops redelivering it.
 */
public final class ReceiveProviderEvent {

  /** What became of a delivery: the event's outcome, and whether it was a redelivery. */
  public record Receipt(String eventId, EventOutcome outcome, boolean duplicate) {}

  private final Transactions transactions;
  private final ReceivedEvents receivedEvents;
  private final GatewaySettlement settlement;
  private final PaymentSettings settings;
  private final Clock clock;

  public ReceiveProviderEvent(
      Transactions transactions,
      ReceivedEvents receivedEvents,
      GatewaySettlement settlement,
      PaymentSettings settings,
      Clock clock) {
    this.transactions = transactions;
    this.receivedEvents = receivedEvents;
    this.settlement = settlement;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Records an event the payment provider sent.
   *
   * @throws NotFoundException when {@code provider} is not the configured payment provider
   * @throws dev.kassa.domain.error.ValidationException when the signature is missing, wrong or
   *     stale; nothing is recorded then
   */
  public Receipt execute(String provider, String payload, String signatureHeader) {
    var gateway =
        settings
            .gateway(provider)
            .orElseThrow(() -> new NotFoundException("payment provider", provider));
    var now = clock.instant();
    var event = gateway.verifiedEvent(payload, signatureHeader == null ? "" : signatureHeader, now);
    return transactions.inTransaction(
        () -> {
          var received = ReceivedEvent.first(provider, event, now);
          if (!receivedEvents.addIfNew(received)) {
            var earlier =
                receivedEvents
                    .find(provider, event.id())
                    .map(ReceivedEvent::outcome)
                    .orElse(EventOutcome.RECEIVED);
            return new Receipt(event.id(), earlier, true);
          }
          var outcome = apply(provider, event, now);
          receivedEvents.complete(received.id(), outcome);
          return new Receipt(event.id(), outcome, false);
        });
  }

  private EventOutcome apply(String provider, ProviderEvent event, Instant now) {
    if (!event.isSettlement()) {
      return EventOutcome.IGNORED;
    }
    return settlement.settle(provider, event, now);
  }
}
