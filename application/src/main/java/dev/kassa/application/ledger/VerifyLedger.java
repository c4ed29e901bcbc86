package dev.kassa.application.ledger;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.user.Actor;

/**
 * Checks the whole ledger's invariants, and that every product's stock is the sum of its stock
 * journal; for admins.
 */
public final class VerifyLedger {

  private final Ledger ledger;
  private final Products products;

  public VerifyLedger(Ledger ledger, Products products) {
    this.ledger = ledger;
    this.products = products;
  }

  public LedgerReport execute(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    return new LedgerReport(ledger.verify(), products.checkStock());
  }
}
