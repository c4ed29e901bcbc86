package dev.kassa.application.banking;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.user.Actor;

/** Reads one line of the transaction log, for the account's owner or an admin. */
public final class GetTransaction {

  private final Accounts accounts;
  private final Ledger ledger;

  public GetTransaction(Accounts accounts, Ledger ledger) {
    this.accounts = accounts;
    this.ledger = ledger;
  }

  public AccountTransaction execute(Actor actor, TransactionId id) {
    var line = ledger.transaction(id).orElseThrow(() -> new NotFoundException("transaction", id));
    try {
      AccountLookup.visible(accounts, actor, line.accountId());
    } catch (NotFoundException hidden) {
      throw new NotFoundException("transaction", id);
    }
    return line;
  }
}
