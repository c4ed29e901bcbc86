package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import org.junit.jupiter.api.Test;

/**
 * How every {@link dev.kassa.domain.ledger.JournalSeals} adapter seals the journal: committed rows
 * get sealed after the fact, each once, and an untouched journal verifies clean.
 */
public abstract class JournalSealsContract extends PortContract {

  @Test
  void committedRowsAreSealedOnceAndVerifyClean() {
    var account = newAccount(newOwner());
    money.deposit(account.id(), eur(10, 0));
    var product = new ShopFixture(world.transactions(), world.products()).product(aProduct());
    inTx(() -> world.products().takeStock(product.id(), 1, SOLD, TestTime.now()));

    var sealed = sealEverything();
    var again = world.journalSeals().sealCommitted(100);
    var check = world.journalSeals().verify();

    assertThat(sealed).isGreaterThanOrEqualTo(4);
    assertThat(again).isZero();
    assertThat(check.brokenLink()).isEmpty();
    assertThat(check.problems()).isEmpty();
    assertThat(check.sealedRows()).isGreaterThanOrEqualTo(sealed);
  }

  @Test
  void aBatchSealsAtMostItsLimitAndTheNextGoesOn() {
    var account = newAccount(newOwner());
    money.deposit(account.id(), eur(10, 0));
    money.deposit(account.id(), eur(20, 0));
    sealEverything();
    money.deposit(account.id(), eur(30, 0));

    var first = sealUntilSome(1);
    var rest = sealEverything();

    assertThat(first).isEqualTo(1);
    assertThat(rest).isPositive();
    assertThat(world.journalSeals().verify().problems()).isEmpty();
  }

  /**
   * Seals until a run seals nothing more. A row is sealed once every transaction that could still
   * precede it is over; the rows written above are committed, so the runs reach them.
   */
  protected int sealEverything() {
    int total = sealUntilSome(1_000);
    int sealed;
    do {
      sealed = world.journalSeals().sealCommitted(1_000);
      total += sealed;
    } while (sealed > 0);
    return total;
  }

  /** Runs until one seals something; an open transaction elsewhere may hold back a run or two. */
  private int sealUntilSome(int limit) {
    for (int attempt = 0; attempt < 500; attempt++) {
      var sealed = world.journalSeals().sealCommitted(limit);
      if (sealed > 0) {
        return sealed;
      }
      pause();
    }
    throw new AssertionError("nothing was sealed");
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
