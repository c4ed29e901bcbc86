package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.tables.records.EventDeliveriesRecord;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventId;

/** Maps delivery rows. */
final class EventDeliveryMapper {

  private EventDeliveryMapper() {}

  static EventDelivery toDomain(EventDeliveriesRecord row) {
    var status =
        DeliveryStatus.fromCode(row.getStatus())
            .orElseThrow(() -> new IllegalStateException("unknown status " + row.getStatus()));
    return new EventDelivery(
        new EventId(row.getEventId()),
        row.getSubscriber(),
        status,
        row.getAttempts(),
        row.getNextAttemptAt(),
        row.getLastError(),
        row.getDeliveredAt());
  }
}
