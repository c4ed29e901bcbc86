package dev.kassa.domain.auth;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a login session: the family of refresh tokens that one login started. */
public record SessionId(UUID value) implements Comparable<SessionId> {

  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  public static SessionId newId() {
    return new SessionId(Uuids.v7());
  }

  public static SessionId of(String text) {
    return new SessionId(UUID.fromString(text));
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
