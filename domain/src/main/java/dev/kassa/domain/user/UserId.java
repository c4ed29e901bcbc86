package dev.kassa.domain.user;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user (and the account holder of the same person). */
public record UserId(UUID value) implements Comparable<UserId> {

  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId newId() {
    return new UserId(Uuids.v7());
  }

  public static UserId of(String text) {
    return new UserId(UUID.fromString(text));
  }

  @Override
  public int compareTo(UserId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
