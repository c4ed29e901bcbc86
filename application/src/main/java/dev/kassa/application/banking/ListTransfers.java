package dev.kassa.application.banking;

import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/** Transfers from or to any of the caller's accounts, newest first. */
public final class ListTransfers {

  private final Transfers transfers;

  public ListTransfers(Transfers transfers) {
    this.transfers = transfers;
  }

  public Page<Transfer> execute(Actor actor, PageRequest page) {
    return transfers.pageInvolving(actor.id(), page);
  }
}
