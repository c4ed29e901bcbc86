package dev.kassa.adapters.web.admin;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.events.RedeliverEvent;
import dev.kassa.domain.event.EventId;

/**
 * {@code POST /v1/admin/events/{id}/redeliver}: {@code subscriber}, or nothing (an empty body or
 * {@code {}}) for every subscriber that takes the event.
 */
public record RedeliverRequest(String subscriber) {

  public RedeliverEvent.Command toCommand(EventId id, Fields fields) {
    return new RedeliverEvent.Command(id, subscriber);
  }
}
