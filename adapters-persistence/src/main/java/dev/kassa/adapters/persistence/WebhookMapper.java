package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.WebhookDeliveriesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.WebhookEndpointsRecord;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.webhook.DeliveryStatus;
import dev.kassa.domain.webhook.EndpointEvents;
import dev.kassa.domain.webhook.SigningSecrets;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.Arrays;
import java.util.Set;

/** Webhook endpoints (their event types joined by commas) and deliveries, to and from rows. */
final class WebhookMapper {

  private WebhookMapper() {}

  static WebhookEndpoint toDomain(WebhookEndpointsRecord row) {
    return new WebhookEndpoint(
        new WebhookEndpointId(row.getId()),
        row.getUrl(),
        new EndpointEvents(Set.copyOf(Arrays.asList(row.getEvents().split(",")))),
        row.getDescription(),
        row.getEnabled(),
        new SigningSecrets(row.getSecret(), row.getPreviousSecret(), row.getPreviousSecretUntil()),
        row.getFailureStreak(),
        row.getCreatedAt(),
        row.getUpdatedAt());
  }

  static WebhookEndpointsRecord toRecord(WebhookEndpoint endpoint) {
    return Rows.of(Tables.WEBHOOK_ENDPOINTS)
        .setId(endpoint.id().value())
        .setUrl(endpoint.url())
        .setEvents(String.join(",", endpoint.events().codes()))
        .setDescription(endpoint.description())
        .setEnabled(endpoint.enabled())
        .setSecret(endpoint.secrets().current())
        .setPreviousSecret(endpoint.secrets().previous())
        .setPreviousSecretUntil(endpoint.secrets().previousUntil())
        .setFailureStreak(endpoint.failureStreak())
        .setCreatedAt(endpoint.createdAt())
        .setUpdatedAt(endpoint.updatedAt());
  }

  static WebhookDelivery toDomain(WebhookDeliveriesRecord row) {
    return new WebhookDelivery(
        new WebhookDeliveryId(row.getId()),
        new WebhookEndpointId(row.getEndpointId()),
        new EventId(row.getEventId()),
        row.getEventType(),
        row.getAttempt(),
        DeliveryStatus.parse(row.getStatus()),
        row.getResponseStatus(),
        row.getDurationMs(),
        row.getResponseBody(),
        row.getError(),
        row.getCreatedAt());
  }

  static WebhookDeliveriesRecord toRecord(WebhookDelivery delivery) {
    return Rows.of(Tables.WEBHOOK_DELIVERIES)
        .setId(delivery.id().value())
        .setEndpointId(delivery.endpointId().value())
        .setEventId(delivery.eventId().value())
        .setEventType(delivery.eventType())
        .setAttempt(delivery.attempt())
        .setStatus(delivery.status().code())
        .setResponseStatus(delivery.responseStatus())
        .setDurationMs(delivery.durationMs())
        .setResponseBody(delivery.responseBody())
        .setError(delivery.error())
        .setCreatedAt(delivery.createdAt());
  }
}
