package dev.kassa.domain.ledger;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a transfer between two accounts. */
public record TransferId(UUID value) implements Comparable<TransferId> {

  public TransferId {
    Objects.requireNonNull(value, "value");
  }

  public static TransferId newId() {
    return new TransferId(Uuids.v7());
  }

  public static TransferId of(String text) {
    return new TransferId(UUID.fromString(text));
  }

  @Override
  public int compareTo(TransferId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
