package dev.kassa.application.banking;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.JournalEntry;

/** Checks the free-text description a caller may attach to a movement of money. */
final class Descriptions {

  private Descriptions() {}

  static String check(String description) {
    if (description == null) {
      return null;
    }
    var stripped = description.strip();
    if (stripped.length() > JournalEntry.MAX_DESCRIPTION_LENGTH) {
      throw ValidationException.of(
          "description", "must be at most " + JournalEntry.MAX_DESCRIPTION_LENGTH + " characters");
    }
    return stripped.isEmpty() ? null : stripped;
  }

  static void requirePositive(long amount) {
    if (amount <= 0) {
      throw ValidationException.of("amount", "must be greater than zero");
    }
  }
}
