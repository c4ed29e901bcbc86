package dev.kassa.application.events;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/**
 * Lists outbox events for admins, newest first, each with its deliveries; {@code status} (when
 * given) keeps the events with at least one delivery in it.
 */
public final class ListEvents {

  private final Outbox outbox;
  private final DeliveryStates states;

  ListEvents(Outbox outbox, DeliveryStates states) {
    this.outbox = outbox;
    this.states = states;
  }

  public Page<EventView> execute(
      Actor actor, EventFilter filter, DeliveryStatus status, PageRequest request) {
    AccessPolicy.requireAdmin(actor);
    var page =
        status == null ? outbox.page(filter, request) : states.events(filter, status, request);
    return page.map(event -> new EventView(event, states.of(event)));
  }
}
