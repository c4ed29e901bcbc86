package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering with the journal directly in SQL, its append-only trigger disabled as an intruder with
 * the database's keys would, is found by the seal chain; an untouched journal verifies clean.
 */
class JournalTamperingTest {

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
  private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
  private Account account;
  private Product product;

  @BeforeEach
  void aSealedJournal() {
    account = newAccount();
    money.deposit(account.id(), eur(50));
    product = new ShopFixture(ports.transactions(), ports.products()).product(aProduct());
    sell(product, 1);
    money.deposit(account.id(), eur(7));
    sealEverything();
    assertThat(ports.journalSeals().verify().problems()).isEmpty();
  }

  @Test
  void anEditedEntryIsReported() {
    var entry = sql.fetchValue("select id from journal_entries order by seq limit 1");

    tamper(
        "journal_entries", "update journal_entries set description = 'edited' where id = ?", entry);

    assertThat(problems()).singleElement().asString().contains("entry " + entry, "changed");
  }

  @Test
  void anEditedPostingIsReported() {
    var posting = sql.fetchValue("select id from postings order by seq limit 1");

    tamper("postings", "update postings set description = 'edited' where id = ?", posting);

    assertThat(problems()).singleElement().asString().contains("posting " + posting, "changed");
  }

  @Test
  void anEditedStockMovementIsReported() {
    var movement = sql.fetchValue("select id from stock_movements order by seq desc limit 1");

    tamper(
        "stock_movements",
        "update stock_movements set reason = 'adjustment' where id = ?",
        movement);

    assertThat(problems())
        .singleElement()
        .asString()
        .contains("stock_movement " + movement, "changed");
  }

  @Test
  void aDeletedStockMovementIsReported() {
    var movement = sql.fetchValue("select id from stock_movements order by seq desc limit 1");

    tamper("stock_movements", "delete from stock_movements where id = ?", movement);

    assertThat(ports.journalSeals().verify().brokenLink())
        .hasValueSatisfying(link -> assertThat(link).contains("stock_movement " + movement));
    assertThat(ports.products().checkStock().problems()).hasSize(1);
  }

  @Test
  void aMovementSlippedInAfterSealingIsReported() {
    var first = "(select * from stock_movements order by seq limit 1) m";
    var slipped = UUID.randomUUID();

    tamper(
        "stock_movements",
        "insert into stock_movements"
            + " (id, product_id, delta, stock_after, reason, created_at, txid)"
            + " select ?, product_id, 1, stock_after + 1, 'adjustment', created_at, txid from "
            + first,
        slipped);

    assertThat(ports.journalSeals().verify().brokenLink())
        .hasValueSatisfying(link -> assertThat(link).contains(slipped.toString()));
  }

  @Test
  void anUntouchedJournalVerifiesCleanAfterAConcurrentLoad() throws Exception {
    var stocked =
        new ShopFixture(ports.transactions(), ports.products()).product(aProduct().withStock(500));
    var load = new ArrayList<Future<?>>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 200; i++) {
        var sale = i % 2 == 0;
        load.add(
            pool.submit(
                () -> {
                  if (sale) {
                    sell(stocked, 1);
                  } else {
                    money.deposit(account.id(), eur(1));
                  }
                }));
        if (i % 50 == 0) {
          load.add(pool.submit(() -> ports.journalSeals().sealCommitted(1_000)));
        }
      }
      for (var task : load) {
        task.get();
      }
    }

    sealEverything();

    assertThat(ports.journalSeals().verify().problems()).isEmpty();
    assertThat(ports.journalSeals().verify().unsealedRows()).isZero();
    assertThat(ports.ledger().verify().problems()).isEmpty();
    assertThat(ports.products().checkStock().problems()).isEmpty();
  }

  private void sell(Product sold, int quantity) {
    var change = StockChange.forOrder(StockReason.SALE, OrderId.newId());
    ports
        .transactions()
        .run(() -> ports.products().takeStock(sold.id(), quantity, change, TestTime.now()));
  }

  private List<String> problems() {
    return ports.journalSeals().verify().problems();
  }

  /** Runs {@code statement} with the table's append-only trigger off, as an intruder would. */
  private void tamper(String table, String statement, Object parameter) {
    sql.transaction(
        tx -> {
          var dsl = tx.dsl();
          dsl.execute("alter table " + table + " disable trigger user");
          dsl.execute(statement, parameter);
          dsl.execute("alter table " + table + " enable trigger user");
        });
  }

  /** Seals until nothing is left; a transaction open elsewhere may hold back a run or two. */
  private void sealEverything() {
    for (int attempt = 0; attempt < 500; attempt++) {
      ports.journalSeals().sealCommitted(1_000);
      if (ports.journalSeals().verify().unsealedRows() == 0) {
        return;
      }
      pause();
    }
    throw new AssertionError("rows were left unsealed");
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }
}
