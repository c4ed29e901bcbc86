package dev.kassa.application.ledger;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.user.Actor;

/** Checks the whole ledger's invariants; for admins. */
public final class VerifyLedger {

  private final Ledger ledger;

  public VerifyLedger(Ledger ledger) {
    this.ledger = ledger;
  }

  public LedgerVerification execute(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    return ledger.verify();
  }
}
