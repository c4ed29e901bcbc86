package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import java.util.Objects;

/**
 * One side of a journal entry: {@code amount} minor units into (or, when negative, out of) an
 * account.
 */
public record Posting(AccountId accountId, TransactionType type, long amount) {

  public Posting {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(type, "type");
    if (amount == 0) {
      throw new IllegalArgumentException("a posting moves a non-zero amount");
    }
  }
}
