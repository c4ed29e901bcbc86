package dev.kassa.application.events;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.user.Actor;

/** One outbox event with its deliveries, for admins. */
public final class GetEvent {

  private final Outbox outbox;
  private final EventDeliveries deliveries;

  public GetEvent(Outbox outbox, EventDeliveries deliveries) {
    this.outbox = outbox;
    this.deliveries = deliveries;
  }

  public EventView execute(Actor actor, EventId id) {
    AccessPolicy.requireAdmin(actor);
    var event = outbox.find(id).orElseThrow(() -> new NotFoundException("event", id));
    return new EventView(event, deliveries.of(id));
  }
}
