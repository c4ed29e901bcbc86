package dev.kassa.domain.ledger;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a hold on an account. */
public record HoldId(UUID value) implements Comparable<HoldId> {

  public HoldId {
    Objects.requireNonNull(value, "value");
  }

  public static HoldId newId() {
    return new HoldId(Uuids.v7());
  }

  public static HoldId of(String text) {
    return new HoldId(UUID.fromString(text));
  }

  @Override
  public int compareTo(HoldId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
