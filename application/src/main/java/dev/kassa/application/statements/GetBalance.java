package dev.kassa.application.statements;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;

/**
 * An account's balance at an instant, summed from its postings dated at or before it; for its owner
 * and admins. Without an instant it is the balance now.
 */
public final class GetBalance {

  /** The balance of {@code accountId} at {@code at}. */
  public record Balance(AccountId accountId, Instant at, Money balance) {}

  private final Transactions transactions;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Clock clock;

  public GetBalance(Transactions transactions, Accounts accounts, Ledger ledger, Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * The balance of an account the actor may see, from its postings up to an instant.
   *
   * @param at the instant, or null for now
   */
  public Balance execute(Actor actor, AccountId id, Instant at) {
    var account = AccountLookup.visible(accounts, actor, id);
    var instant = at != null ? at : clock.instant();
    return transactions.reading(
        () -> new Balance(account.id(), instant, ledger.balanceAt(account.id(), instant)));
  }
}
