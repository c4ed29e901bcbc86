package dev.kassa.domain.ledger;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a journal entry: one balanced movement of money. */
public record EntryId(UUID value) implements Comparable<EntryId> {

  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  public static EntryId newId() {
    return new EntryId(Uuids.v7());
  }

  public static EntryId of(String text) {
    return new EntryId(UUID.fromString(text));
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
