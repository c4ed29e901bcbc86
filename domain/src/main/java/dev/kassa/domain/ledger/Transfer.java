package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** Money moved from one customer account to another, as one journal entry. */
public record Transfer(
    TransferId id,
    AccountId fromAccountId,
    AccountId toAccountId,
    Money amount,
    String description,
    TransferStatus status,
    EntryId entryId,
    Instant createdAt) {

  public Transfer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fromAccountId, "fromAccountId");
    Objects.requireNonNull(toAccountId, "toAccountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
