package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/**
 * Reads one account: its owner's or, for admins, anyone's. The read runs in a unit of work, so that
 * the request's caller check joins it instead of costing a transaction of its own.
 */
public final class GetAccount {

  private final Transactions transactions;
  private final Accounts accounts;

  public GetAccount(Transactions transactions, Accounts accounts) {
    this.transactions = transactions;
    this.accounts = accounts;
  }

  public Account execute(Actor actor, AccountId id) {
    return transactions.reading(() -> AccountLookup.visible(accounts, actor, id));
  }
}
