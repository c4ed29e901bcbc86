package dev.kassa.application.events;

import dev.kassa.application.EventSettings;
import dev.kassa.application.Storage;
import dev.kassa.domain.event.Outbox;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event delivery in the process, wired to one {@link Storage}: the {@link #outbox()} the use cases
 * append to (it schedules deliveries for {@link #subscribers()}), the dispatcher the workers run,
 * the signal that wakes them, the admin use cases, the lag check and the CloudEvents form.
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
      Storage s, EventSubscribers subscribers, EventSettings settings, Clock clock) {
    var tx = s.transactions();
    var deliveries = s.eventDeliveries();
    var signal = new DeliverySignal();
    return new KassaEvents(
        new DeliveringOutbox(s.outbox(), deliveries, subscribers, tx, signal, clock),
        subscribers,
        signal,
        new DispatchEvents(
            deliveries,
            subscribers,
            tx,
            new Backoff(ThreadLocalRandom::current),
            settings.maxAttempts(),
            clock),
        new ListEvents(s.outbox(), deliveries),
        new GetEvent(s.outbox(), deliveries),
        new RedeliverEvent(tx, s.outbox(), deliveries, subscribers, signal, clock),
        new CheckEventDelivery(deliveries, settings.lagWarn(), clock),
        new CloudEvents(settings.source()));
  }
}
