package dev.kassa.domain.card;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payment card. */
public record CardId(UUID value) implements Comparable<CardId> {

  public CardId {
    Objects.requireNonNull(value, "value");
  }

  public static CardId newId() {
    return new CardId(Uuids.v7());
  }

  public static CardId of(String text) {
    return new CardId(UUID.fromString(text));
  }

  @Override
  public int compareTo(CardId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
