package dev.kassa.adapters.memory;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Webhook endpoints in memory. Units of work run one at a time, so {@link #lock} needs no lock of
 * its own; removing an endpoint removes its deliveries, as the database's cascade does.
 */
public final class InMemoryWebhookEndpoints implements WebhookEndpoints {

  private static final Comparator<WebhookEndpoint> OLDEST_FIRST =
      Comparator.comparing(WebhookEndpoint::createdAt)
          .thenComparing(endpoint -> endpoint.id().value());

  private final InMemoryTransactions transactions;
  private final Table<WebhookEndpointId, WebhookEndpoint> rows;
  private final InMemoryWebhookDeliveries deliveries;

  public InMemoryWebhookEndpoints(
      InMemoryTransactions transactions, InMemoryWebhookDeliveries deliveries) {
    this.transactions = transactions;
    this.rows = new Table<>(transactions);
    this.deliveries = deliveries;
  }

  @Override
  public void add(WebhookEndpoint endpoint) {
    if (!rows.insert(endpoint.id(), endpoint)) {
      throw new IllegalArgumentException("webhook endpoint " + endpoint.id() + " exists");
    }
  }

  @Override
  public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
    return rows.find(id);
  }

  @Override
  public Optional<WebhookEndpoint> lock(WebhookEndpointId id) {
    return transactions.inTransaction(() -> rows.find(id));
  }

  @Override
  public void update(WebhookEndpoint endpoint) {
    transactions.run(
        () -> {
          if (rows.find(endpoint.id()).isEmpty()) {
            throw new NotFoundException("webhook endpoint", endpoint.id());
          }
          rows.put(endpoint.id(), endpoint);
        });
  }

  @Override
  public boolean remove(WebhookEndpointId id) {
    return transactions.inTransaction(
        () -> {
          deliveries.removeOf(id);
          return rows.remove(id);
        });
  }

  @Override
  public Page<WebhookEndpoint> page(PageRequest request) {
    return Page.slice(rows.rows().sorted(OLDEST_FIRST).toList(), request);
  }

  @Override
  public List<WebhookEndpoint> enabled() {
    return rows.rows().filter(WebhookEndpoint::enabled).sorted(OLDEST_FIRST).toList();
  }
}
