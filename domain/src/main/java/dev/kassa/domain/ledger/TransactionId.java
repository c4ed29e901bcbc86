package dev.kassa.domain.ledger;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one line of an account's transaction log (one posting). */
public record TransactionId(UUID value) implements Comparable<TransactionId> {

  public TransactionId {
    Objects.requireNonNull(value, "value");
  }

  public static TransactionId newId() {
    return new TransactionId(Uuids.v7());
  }

  public static TransactionId of(String text) {
    return new TransactionId(UUID.fromString(text));
  }

  @Override
  public int compareTo(TransactionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
