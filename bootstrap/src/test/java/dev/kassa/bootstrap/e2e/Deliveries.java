package dev.kassa.bootstrap.e2e;

import dev.kassa.bootstrap.KassaServer;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands the server's outbox events to its configured subscribers, oldest first, each event once, as
 * the event dispatcher does; for tests that need what the subscribers make (mail, the inbox).
 */
public final class Deliveries {

  private final KassaServer server;
  private final Set<EventId> delivered = ConcurrentHashMap.newKeySet();

  Deliveries(KassaServer server) {
    this.server = server;
  }

  /** Delivers every event not delivered yet. */
  public synchronized void deliverNew() {
    for (var event : allEvents().reversed()) {
      if (delivered.add(event.id())) {
        server.subscribers().all().stream()
            .filter(subscriber -> subscriber.accepts(event.type()))
            .forEach(subscriber -> subscriber.deliver(event));
      }
    }
  }

  private List<StoredEvent> allEvents() {
    var outbox = server.kassa().storage().outbox();
    var events = new ArrayList<StoredEvent>();
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      var page = outbox.page(EventFilter.all(), new PageRequest(PageRequest.MAX_LIMIT, offset));
      events.addAll(page.items());
      if (page.items().size() < PageRequest.MAX_LIMIT) {
        return events;
      }
    }
  }
}
