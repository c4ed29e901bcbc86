package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.ReceivedEventsRecord;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.payment.ReceivedEventId;

final class ReceivedEventMapper {

  private ReceivedEventMapper() {}

  static ReceivedEvent toDomain(ReceivedEventsRecord row) {
    return new ReceivedEvent(
        new ReceivedEventId(row.getId()),
        row.getProvider(),
        row.getEventId(),
        row.getType(),
        row.getIntentId(),
        EventOutcome.parse(row.getOutcome()),
        row.getDeliveries(),
        row.getReceivedAt(),
        row.getLastReceivedAt());
  }

  static ReceivedEventsRecord toRecord(ReceivedEvent event) {
    return Rows.of(Tables.RECEIVED_EVENTS)
        .setId(event.id().value())
        .setProvider(event.provider())
        .setEventId(event.eventId())
        .setType(event.type())
        .setIntentId(event.intentId())
        .setOutcome(event.outcome().code())
        .setDeliveries(event.deliveries())
        .setReceivedAt(event.receivedAt())
        .setLastReceivedAt(event.lastReceivedAt());
  }
}
