package dev.kassa.application.banking;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.user.Actor;

/** Reads one transfer, for the owner of either of its accounts or an admin. */
public final class GetTransfer {

  private final Accounts accounts;
  private final Transfers transfers;

  public GetTransfer(Accounts accounts, Transfers transfers) {
    this.accounts = accounts;
    this.transfers = transfers;
  }

  public Transfer execute(Actor actor, TransferId id) {
    var transfer = transfers.find(id).orElseThrow(() -> new NotFoundException("transfer", id));
    if (actor.isAdmin()
        || owns(actor, transfer.fromAccountId())
        || owns(actor, transfer.toAccountId())) {
      return transfer;
    }
    throw new NotFoundException("transfer", id);
  }

  private boolean owns(Actor actor, AccountId account) {
    return accounts.find(account).map(found -> actor.id().equals(found.ownerId())).orElse(false);
  }
}
