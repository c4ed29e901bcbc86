package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the unified transaction log: a posting as its account sees it, with the balance right
 * after it. {@code amount} is negative for money leaving the account.
 */
public record AccountTransaction(
    TransactionId id,
    EntryId entryId,
    AccountId accountId,
    TransactionType type,
    Money amount,
    Money balanceAfter,
    String description,
    Reference reference,
    Instant createdAt) {

  public AccountTransaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(createdAt, "createdAt");
    balanceAfter.requireSameCurrency(amount);
  }
}
