package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.user.Actor;

/** Reads one account: its owner's or, for admins, anyone's. */
public final class GetAccount {

  private final Accounts accounts;

  public GetAccount(Accounts accounts) {
    this.accounts = accounts;
  }

  public Account execute(Actor actor, AccountId id) {
    return AccountLookup.visible(accounts, actor, id);
  }
}
