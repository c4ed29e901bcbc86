package dev.kassa.application.events;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Sends an event again, for admins: to one subscriber, or by default to every subscriber that takes
 * its type. Each delivery becomes pending and due now, whatever it was (delivered, dead, waiting
 * for a retry), with its attempts counted from zero.
 */
public final class RedeliverEvent {

  /** {@code subscriber} null means every subscriber that takes the event. */
  public record Command(EventId id, String subscriber) {
    public Command {
      Objects.requireNonNull(id, "id");
    }
  }

  /** The subscribers the event goes to again. */
  public record Result(EventView event, List<String> subscribers) {}

  private final Transactions transactions;
  private final Outbox outbox;
  private final EventDeliveries deliveries;
  private final EventSubscribers subscribers;
  private final DeliverySignal signal;
  private final Clock clock;

  public RedeliverEvent(
      Transactions transactions,
      Outbox outbox,
      EventDeliveries deliveries,
      EventSubscribers subscribers,
      DeliverySignal signal,
      Clock clock) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.subscribers = subscribers;
    this.signal = signal;
    this.clock = clock;
  }

  public Result execute(Actor actor, Command command) {
    AccessPolicy.requireAdmin(actor);
    var event =
        outbox.find(command.id()).orElseThrow(() -> new NotFoundException("event", command.id()));
    var names = subscribers.namesFor(event.type());
    if (command.subscriber() != null) {
      if (!names.contains(command.subscriber())) {
        throw ValidationException.of(
            "subscriber", "no subscriber of that name takes " + event.type().code() + " events");
      }
      names = List.of(command.subscriber());
    }
    var chosen = names;
    transactions.run(
        () -> {
          deliveries.schedule(event, chosen, clock.instant());
          transactions.afterCommit(signal::ring);
        });
    return new Result(new EventView(event, deliveries.of(event.id())), chosen);
  }
}
