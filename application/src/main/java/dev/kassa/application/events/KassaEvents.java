package dev.kassa.application.events;

import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event delivery, wired to one store's outbox and delivery state: the {@link #outbox()} the use
 * cases append to (it schedules deliveries for {@link #subscribers()}, unless a broker delivers
 * them), the dispatcher the workers run, the signal that wakes them, the admin use cases (reading
 * the broker's consumers' records when there is one), the lag check and the CloudEvents form. A
 * delivery is {@code dead} after {@code maxAttempts} failed attempts; delivery lags once its oldest
 * pending delivery is older than {@code lagWarn}.
 */
public record KassaEvents(
    Outbox outbox,
    EventSubscribers subscribers,
    DeliverySignal signal,
    DispatchEvents dispatchEvents,
    ListEvents listEvents,
    GetEvent getEvent,
    RedeliverEvent redeliverEvent,
    CheckEventDelivery checkEventDelivery,
    CloudEvents cloudEvents) {

  public static KassaEvents assemble(
      Transactions tx,
      Outbox stored,
      EventDeliveries deliveries,
      EventConsumers consumers,
      int maxAttempts,
      Duration lagWarn,
      URI source,
      Clock clock) {
    var signal = new DeliverySignal();
    var subscribers = new EventSubscribers(consumers.subscribers());
    var broker = consumers.broker();
    var delivered = broker.isPresent() ? EventSubscribers.of() : subscribers;
    DeliveryStates states =
        broker
            .<DeliveryStates>map(b -> new BrokerStates(b.deliveries(), b.outbox(), subscribers))
            .orElseGet(() -> new InProcessStates(deliveries, clock));
    return new KassaEvents(
        new DeliveringOutbox(stored, deliveries, delivered, tx, signal, consumers.tracing(), clock),
        subscribers,
        signal,
        new DispatchEvents(
            deliveries,
            delivered,
            tx,
            new Backoff(ThreadLocalRandom::current),
            maxAttempts,
            consumers.listener(),
            consumers.tracing(),
            clock),
        new ListEvents(stored, states),
        new GetEvent(stored, states),
        new RedeliverEvent(tx, stored, states, subscribers, signal),
        new CheckEventDelivery(states, lagWarn, clock),
        new CloudEvents(source));
  }
}
