package dev.kassa.application.banking;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.shared.Money;

/** Checks what a caller says about a movement of money: its amount and free-text description. */
final class Descriptions {

  private Descriptions() {}

  /** The description stripped, null when blank; a too long one is noted in {@code problems}. */
  static String check(String description, ValidationException.Collector problems) {
    if (description == null) {
      return null;
    }
    var stripped = description.strip();
    problems.check(
        stripped.length() <= JournalEntry.MAX_DESCRIPTION_LENGTH,
        "description",
        "must be at most " + JournalEntry.MAX_DESCRIPTION_LENGTH + " characters");
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Notes a missing amount, or one that is not greater than zero or above {@link Money#MAX_AMOUNT},
   * in {@code problems}.
   */
  static void requirePositive(Money amount, ValidationException.Collector problems) {
    problems
        .require(amount, "amount")
        .check(amount == null || amount.isPositive(), "amount", "must be greater than zero")
        .check(
            amount == null || amount.minor() <= Money.MAX_AMOUNT,
            "amount",
            "must be at most " + Money.MAX_AMOUNT);
  }
}
