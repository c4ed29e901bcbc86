package dev.kassa.bootstrap.e2e;

import dev.kassa.application.webhooks.WebhookSubscriber;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;

/**
 * Waits for the server's event workers to hand every event written so far to its subscribers, for
 * tests that need what the subscribers make (mail, the inbox, a text message). Deliveries to
 * webhook endpoints are not waited for: the tests' endpoints point at addresses that never answer.
 */
public final class Deliveries {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final KassaServer server;

  Deliveries(KassaServer server) {
    this.server = server;
  }

  /** Returns once nothing is pending but webhook deliveries; fails the test after 20 s. */
  public void deliverNew() {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    while (anyPending()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("events still pending after " + PATIENCE);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for deliveries", e);
      }
    }
  }

  private boolean anyPending() {
    var deliveries = server.kassa().storage().eventDeliveries();
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      var page =
          deliveries.events(
              EventFilter.all(),
              DeliveryStatus.PENDING,
              new PageRequest(PageRequest.MAX_LIMIT, offset));
      for (var event : page.items()) {
        var waiting =
            deliveries.of(event.event().id()).stream()
                .anyMatch(
                    delivery ->
                        delivery.status() == DeliveryStatus.PENDING
                            && !delivery.subscriber().equals(WebhookSubscriber.NAME));
        if (waiting) {
          return true;
        }
      }
      if (page.items().size() < PageRequest.MAX_LIMIT) {
        return false;
      }
    }
  }
}
