package dev.kassa.application.ledger;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.user.Actor;

/**
 * Checks the whole ledger's invariants, that every product's stock is the sum of its stock journal,
 * and that no sealed journal row was changed, removed or slipped in; for admins.
 */
public final class VerifyLedger {

  private final Ledger ledger;
  private final Products products;
  private final JournalSeals seals;

  public VerifyLedger(Ledger ledger, Products products, JournalSeals seals) {
    this.ledger = ledger;
    this.products = products;
    this.seals = seals;
  }

  public LedgerReport execute(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    return new LedgerReport(ledger.verify(), products.checkStock(), seals.verify());
  }
}
