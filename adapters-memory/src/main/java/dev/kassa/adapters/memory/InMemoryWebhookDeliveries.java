package dev.kassa.adapters.memory;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Webhook delivery attempts in memory, in the order they were recorded. */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

  private record Row(WebhookDelivery delivery, long seq) {}

  private final Table<WebhookDeliveryId, Row> rows;
  private final AtomicLong sequence = new AtomicLong();

  public InMemoryWebhookDeliveries(InMemoryTransactions transactions) {
    this.rows = new Table<>(transactions);
  }

  @Override
  public void record(WebhookDelivery delivery) {
    if (!rows.insert(delivery.id(), new Row(delivery, sequence.incrementAndGet()))) {
      throw new IllegalArgumentException("webhook delivery " + delivery.id() + " exists");
    }
  }

  @Override
  public Optional<WebhookDelivery> find(WebhookEndpointId endpointId, WebhookDeliveryId id) {
    return rows.find(id).map(Row::delivery).filter(d -> d.endpointId().equals(endpointId));
  }

  @Override
  public List<WebhookDelivery> attempts(WebhookEndpointId endpointId, EventId eventId) {
    return of(endpointId)
        .filter(row -> row.delivery().eventId().equals(eventId))
        .sorted(Comparator.comparingLong(Row::seq))
        .map(Row::delivery)
        .toList();
  }

  @Override
  public Page<WebhookDelivery> page(WebhookEndpointId endpointId, PageRequest request) {
    var newestFirst =
        of(endpointId)
            .sorted(Comparator.comparingLong(Row::seq).reversed())
            .map(Row::delivery)
            .toList();
    return Page.slice(newestFirst, request);
  }

  void removeOf(WebhookEndpointId endpointId) {
    rows.removeIf(row -> row.delivery().endpointId().equals(endpointId));
  }

  private Stream<Row> of(WebhookEndpointId endpointId) {
    return rows.rows().filter(row -> row.delivery().endpointId().equals(endpointId));
  }
}
