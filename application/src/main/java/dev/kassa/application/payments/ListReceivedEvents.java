package dev.kassa.application.payments;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/** Lists the provider events Kassa received, most recent first, for admins. */
public final class ListReceivedEvents {

  private final ReceivedEvents events;

  public ListReceivedEvents(ReceivedEvents events) {
    this.events = events;
  }

  public Page<ReceivedEvent> execute(Actor actor, PageRequest request) {
    AccessPolicy.requireAdmin(actor);
    return events.page(request);
  }
}
