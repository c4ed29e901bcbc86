package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;

import dev.kassa.adapters.persistence.jooq.tables.records.WebhookEndpointsRecord;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * Webhook endpoints in PostgreSQL; {@link #lock} is {@code SELECT ... FOR UPDATE}, and removing an
 * endpoint removes its deliveries through the foreign key's cascade.
 */
public final class JooqWebhookEndpoints implements WebhookEndpoints {

  /** Read for every event a webhook subscriber takes: rendered once. */
  private static final RenderedSelect<WebhookEndpointsRecord> ENABLED =
      RenderedSelect.of(
          WEBHOOK_ENDPOINTS,
          values ->
              DSL.selectFrom(WEBHOOK_ENDPOINTS)
                  .where(WEBHOOK_ENDPOINTS.ENABLED.eq(DSL.inline(true)))
                  .orderBy(WEBHOOK_ENDPOINTS.CREATED_AT, WEBHOOK_ENDPOINTS.ID));

  private final JooqDatabase database;

  public JooqWebhookEndpoints(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(WebhookEndpoint endpoint) {
    var inserted =
        database
            .dsl()
            .insertInto(WEBHOOK_ENDPOINTS)
            .set(WebhookMapper.toRecord(endpoint))
            .onConflictDoNothing()
            .execute();
    if (inserted == 0) {
      throw new IllegalArgumentException("webhook endpoint " + endpoint.id() + " exists");
    }
  }

  @Override
  public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
    return database
        .dsl()
        .selectFrom(WEBHOOK_ENDPOINTS)
        .where(WEBHOOK_ENDPOINTS.ID.eq(id.value()))
        .fetchOptional(WebhookMapper::toDomain);
  }

  @Override
  public Optional<WebhookEndpoint> lock(WebhookEndpointId id) {
    return database
        .dsl()
        .selectFrom(WEBHOOK_ENDPOINTS)
        .where(WEBHOOK_ENDPOINTS.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(WebhookMapper::toDomain);
  }

  @Override
  public void update(WebhookEndpoint endpoint) {
    var updated =
        database
            .dsl()
            .update(WEBHOOK_ENDPOINTS)
            .set(WebhookMapper.toRecord(endpoint))
            .where(WEBHOOK_ENDPOINTS.ID.eq(endpoint.id().value()))
            .execute();
    if (updated == 0) {
      throw new NotFoundException("webhook endpoint", endpoint.id());
    }
  }

  @Override
  public boolean remove(WebhookEndpointId id) {
    return database
            .dsl()
            .deleteFrom(WEBHOOK_ENDPOINTS)
            .where(WEBHOOK_ENDPOINTS.ID.eq(id.value()))
            .execute()
        == 1;
  }

  @Override
  public Page<WebhookEndpoint> page(PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        WEBHOOK_ENDPOINTS,
        DSL.noCondition(),
        List.of(WEBHOOK_ENDPOINTS.CREATED_AT, WEBHOOK_ENDPOINTS.ID),
        request,
        WebhookMapper::toDomain);
  }

  @Override
  public List<WebhookEndpoint> enabled() {
    return ENABLED.fetch(database.dsl(), List.of()).stream().map(WebhookMapper::toDomain).toList();
  }
}
