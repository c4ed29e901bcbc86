package dev.kassa.domain.audit;

import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A security or administrative fact worth keeping: who ({@code actorId}, null when anonymous) did
 * what ({@code type}) to which subject. {@code details} never holds secrets.
 */
public record AuditEvent(
    AuditEventId id,
    String type,
    UserId actorId,
    String subjectType,
    String subjectId,
    Map<String, String> details,
    Instant createdAt) {

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createdAt, "createdAt");
    details = Map.copyOf(details);
  }

  public static AuditEvent of(
      String type,
      UserId actor,
      String subjectType,
      Object subjectId,
      Map<String, String> details,
      Instant now) {
    return new AuditEvent(
        AuditEventId.newId(),
        type,
        actor,
        subjectType,
        subjectId == null ? null : subjectId.toString(),
        details,
        now);
  }
}
