package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.AuditEventsRecord;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditEventId;
import dev.kassa.domain.user.UserId;
import org.jooq.JSONB;

final class AuditEventMapper {

  private AuditEventMapper() {}

  static AuditEvent toDomain(AuditEventsRecord row) {
    return new AuditEvent(
        new AuditEventId(row.getId()),
        row.getType(),
        row.getActorId() == null ? null : new UserId(row.getActorId()),
        row.getSubjectType(),
        row.getSubjectId(),
        FlatJson.read(row.getDetails().data()),
        row.getCreatedAt());
  }

  static AuditEventsRecord toRecord(AuditEvent event) {
    return Rows.of(Tables.AUDIT_EVENTS)
        .setId(event.id().value())
        .setType(event.type())
        .setActorId(event.actorId() == null ? null : event.actorId().value())
        .setSubjectType(event.subjectType())
        .setSubjectId(event.subjectId())
        .setDetails(JSONB.valueOf(FlatJson.write(event.details())))
        .setCreatedAt(event.createdAt());
  }
}
