package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.WEBHOOK_DELIVERIES;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/** Webhook delivery attempts in PostgreSQL, ordered by the sequence they were recorded in. */
public final class JooqWebhookDeliveries implements WebhookDeliveries {

  private final JooqDatabase database;

  public JooqWebhookDeliveries(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void record(WebhookDelivery delivery) {
    var inserted =
        database
            .dsl()
            .insertInto(WEBHOOK_DELIVERIES)
            .set(WebhookMapper.toRecord(delivery))
            .onConflictDoNothing()
            .execute();
    if (inserted == 0) {
      throw new IllegalArgumentException("webhook delivery " + delivery.id() + " exists");
    }
  }

  @Override
  public Optional<WebhookDelivery> find(WebhookEndpointId endpointId, WebhookDeliveryId id) {
    return database
        .dsl()
        .selectFrom(WEBHOOK_DELIVERIES)
        .where(WEBHOOK_DELIVERIES.ID.eq(id.value()))
        .and(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId.value()))
        .fetchOptional(WebhookMapper::toDomain);
  }

  @Override
  public List<WebhookDelivery> attempts(WebhookEndpointId endpointId, EventId eventId) {
    return database
        .dsl()
        .selectFrom(WEBHOOK_DELIVERIES)
        .where(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId.value()))
        .and(WEBHOOK_DELIVERIES.EVENT_ID.eq(eventId.value()))
        .orderBy(WEBHOOK_DELIVERIES.SEQ)
        .fetch(WebhookMapper::toDomain);
  }

  @Override
  public Page<WebhookDelivery> page(WebhookEndpointId endpointId, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        WEBHOOK_DELIVERIES,
        WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId.value()),
        List.of(WEBHOOK_DELIVERIES.SEQ.desc()),
        request,
        WebhookMapper::toDomain);
  }
}
