package dev.kassa.application.banking;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * The unified transaction log over the caller's accounts, newest first. Naming one account narrows
 * it to that account, which an admin may do for any account.
 */
public final class ListTransactions {

  /** Every filter is optional; {@code from} is inclusive, {@code to} exclusive. */
  public record Query(
      AccountId accountId, TransactionType type, Instant from, Instant to, PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final Accounts accounts;
  private final Ledger ledger;

  public ListTransactions(Accounts accounts, Ledger ledger) {
    this.accounts = accounts;
    this.ledger = ledger;
  }

  public Page<AccountTransaction> execute(Actor actor, Query query) {
    var owner = actor.id();
    if (query.accountId() != null) {
      var account = AccountLookup.visible(accounts, actor, query.accountId());
      owner = account.ownerId();
    }
    var filter =
        new TransactionFilter(owner, query.accountId(), query.type(), query.from(), query.to());
    return ledger.transactions(filter, query.page());
  }
}
