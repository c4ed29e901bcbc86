package dev.kassa.domain.ledger;

import java.util.Objects;
import java.util.UUID;

/** What a journal entry was made for: a {@code transfer}, a {@code deposit}, an {@code order}... */
public record Reference(String kind, UUID id) {

  public Reference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
