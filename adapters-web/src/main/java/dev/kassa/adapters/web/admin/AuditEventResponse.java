package dev.kassa.adapters.web.admin;

import dev.kassa.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;

/** One audit event; {@code actorId} is null when the actor was anonymous. */
public record AuditEventResponse(
    String id,
    String type,
    String actorId,
    String subjectType,
    String subjectId,
    Map<String, String> details,
    Instant createdAt) {

  public AuditEventResponse {
    details = Map.copyOf(details);
  }

  public static AuditEventResponse from(AuditEvent event) {
    return new AuditEventResponse(
        event.id().toString(),
        event.type(),
        event.actorId() == null ? null : event.actorId().toString(),
        event.subjectType(),
        event.subjectId(),
        event.details(),
        event.createdAt());
  }
}
