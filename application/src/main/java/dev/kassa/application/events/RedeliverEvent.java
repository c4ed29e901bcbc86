package dev.kassa.application.events;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.util.List;
import java.util.Objects;

/**
 * Sends an event again, for admins: to one subscriber, or by default to every subscriber that takes
 * its type. Each delivery becomes pending and due now, whatever it was (delivered, dead, waiting
 * for a retry), with its attempts counted from zero; with a broker, the event is published again
 * and only the chosen subscribers take it.
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
  private final DeliveryStates states;
  private final EventSubscribers subscribers;
  private final DeliverySignal signal;

  RedeliverEvent(
      Transactions transactions,
      Outbox outbox,
      DeliveryStates states,
      EventSubscribers subscribers,
      DeliverySignal signal) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.states = states;
    this.subscribers = subscribers;
    this.signal = signal;
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
          states.redeliver(event, chosen);
          transactions.afterCommit(signal::ring);
        });
    return new Result(new EventView(event, states.of(event)), chosen);
  }
}
