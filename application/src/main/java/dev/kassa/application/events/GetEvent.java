package dev.kassa.application.events;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.user.Actor;

/** One outbox event with its deliveries, for admins. */
public final class GetEvent {

  private final Outbox outbox;
  private final DeliveryStates states;

  GetEvent(Outbox outbox, DeliveryStates states) {
    this.outbox = outbox;
    this.states = states;
  }

  public EventView execute(Actor actor, EventId id) {
    AccessPolicy.requireAdmin(actor);
    var event = outbox.find(id).orElseThrow(() -> new NotFoundException("event", id));
    return new EventView(event, states.of(event));
  }
}
