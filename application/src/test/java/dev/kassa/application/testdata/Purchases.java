package dev.kassa.application.testdata;

import dev.kassa.application.Storage;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.orders.Sale;
import dev.kassa.application.payments.Payers;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;

/** The purchase use case over a store, paid from accounts only, with no product cache. */
public final class Purchases {

  private Purchases() {}

  /**
   * Purchases whose units of work run in {@code transactions} (the store's, or batching over it).
   */
  public static Purchase over(Storage world, Transactions transactions, Clock clock) {
    var payers =
        new Payers(world.accounts(), world.cards(), world.ledger(), PaymentSettings.inHouseOnly());
    var sale =
        new Sale(
            world.transactions(),
            world.products(),
            world.orders(),
            new UncachedProducts(),
            payers,
            world.outbox(),
            0,
            clock);
    return new Purchase(transactions, world.products(), sale);
  }
}
