package dev.kassa.adapters.persistence;

import static dev.kassa.application.contract.BatchGate.answer;
import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.EUR;
import static dev.kassa.application.testdata.TestMoney.eur;
import static dev.kassa.domain.account.AccountType.MERCHANT_REVENUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.StatementCounter;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.application.contract.BatchGate;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.Purchases;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Sales batched on PostgreSQL: the product is locked and read once per batch, its stock written
 * once with what the batch's sales left, and the orders, stock movements, entries and first events
 * of all the sales are inserted together: a constant number of statements per batch.
 */
class GroupedSalesOnPostgresTest {

  private final StatementCounter statements = new StatementCounter(TestDatabase.freshDataSource());
  private final JooqPorts ports = JooqPorts.over(statements.dataSource(), JooqPortsUnderTest.CLOCK);
  private final BatchingTransactions batching =
      new BatchingTransactions(
          ports.transactions(), ports.ledger(), ports.tokenHolders(), ports.idempotency());
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
  private final Purchase purchase = Purchases.over(ports, batching, JooqPortsUnderTest.CLOCK);

  @Test
  void aBatchOfSalesOfOneProductLocksItOnceAndWritesEachKindOfRowOnce() throws Throwable {
    var product =
        new ShopFixture(ports.transactions(), ports.products())
            .product(aProduct().pricedAt(eur(2)).withStock(100));
    ports.transactions().run(() -> ports.accounts().systemAccount(MERCHANT_REVENUE, EUR));
    var buyers = new ArrayList<Account>();
    for (int i = 0; i < 4; i++) {
      var account = JooqPortsUnderTest.newAccount(ports);
      money.deposit(account.id(), eur(10));
      buyers.add(account);
    }

    var orders = new ArrayList<CompletableFuture<Order>>();
    try (var gate = BatchGate.hold(batching)) {
      for (var buyer : buyers) {
        orders.add(gate.enter(() -> buy(product, buyer)));
      }
      statements.reset();
      gate.release();
      for (var order : orders) {
        assertThat(answer(order).status()).isEqualTo(OrderStatus.PAID);
      }
    }

    assertThat(statements.count())
        .as(
            "the buyers' accounts locked together; the first sale reads and locks the product,"
                + " reads the revenue account (which exists) and locks it; then one update of the"
                + " accounts, one of the product, and one insert each of entries, postings,"
                + " orders, order lines, order and payment histories, stock movements, event"
                + " subjects and events, however many sales")
        .isEqualTo(1 + 4 + 11);
    assertThat(ports.products().find(product.id()).orElseThrow().stock()).isEqualTo(96);
    assertThat(ports.products().checkStock().problems()).isEmpty();
    for (var buyer : buyers) {
      assertThat(ports.accounts().find(buyer.id()).orElseThrow().balance())
          .isEqualTo(eur(8).minor());
    }
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  private Order buy(Product product, Account buyer) {
    return purchase.execute(
        new Actor(buyer.ownerId(), Role.CUSTOMER),
        new Purchase.Command(product.id(), 1, buyer.id()));
  }
}
