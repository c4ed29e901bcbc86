package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Which log lines to list. Null fields do not filter. {@code owner} limits the lines to that user's
 * accounts; {@code from} is inclusive and {@code to} exclusive.
 */
public record TransactionFilter(
    UserId owner, AccountId accountId, TransactionType type, Instant from, Instant to) {

  public TransactionFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw ValidationException.of("from", "must not be after to");
    }
  }

  public static TransactionFilter ofOwner(UserId owner) {
    return new TransactionFilter(owner, null, null, null, null);
  }
}
