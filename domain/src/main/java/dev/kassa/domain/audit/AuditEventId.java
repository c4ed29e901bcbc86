package dev.kassa.domain.audit;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies an audit event. */
public record AuditEventId(UUID value) implements Comparable<AuditEventId> {

  public AuditEventId {
    Objects.requireNonNull(value, "value");
  }

  public static AuditEventId newId() {
    return new AuditEventId(Uuids.v7());
  }

  public static AuditEventId of(String text) {
    return new AuditEventId(UUID.fromString(text));
  }

  @Override
  public int compareTo(AuditEventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
