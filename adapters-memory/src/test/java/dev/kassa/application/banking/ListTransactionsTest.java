package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.PostCashTransaction.Kind;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListTransactionsTest {

  private final BankWorld world = new BankWorld();
  private final ListTransactions listTransactions = world.listTransactions();
  private final Actor alice = world.customer();
  private final Actor bob = world.customer();
  private final AccountId checking = world.openAccount(alice).id();
  private final AccountId savings = world.openAccount(alice).id();
  private final AccountId bobAccount = world.openAccount(bob).id();
  private Instant start;

  /** Alice: deposit 1000, then 200 to savings, then 50 to Bob, then withdraw 100; an hour apart. */
  @BeforeEach
  void history() {
    start = world.clock().instant();
    world.deposit(alice, checking, 1_000);
    world.clock().advance(Duration.ofHours(1));
    world
        .transferMoney()
        .execute(alice, new TransferMoney.Command(checking, savings, eur(200), "to savings"));
    world.clock().advance(Duration.ofHours(1));
    world
        .transferMoney()
        .execute(alice, new TransferMoney.Command(checking, bobAccount, eur(50), null));
    world.clock().advance(Duration.ofHours(1));
    world
        .cash()
        .execute(alice, new PostCashTransaction.Command(checking, Kind.WITHDRAWAL, eur(100), null));
    world.clock().advance(Duration.ofHours(1));
  }

  @Test
  void listsAllOfTheCallersLinesNewestFirst() {
    var page = listTransactions.execute(alice, query(null, null, null, null));

    assertThat(page.items())
        .extracting(AccountTransaction::type)
        .containsExactly(
            TransactionType.WITHDRAWAL,
            TransactionType.TRANSFER_OUT,
            TransactionType.TRANSFER_IN,
            TransactionType.TRANSFER_OUT,
            TransactionType.DEPOSIT);
    assertThat(page.items())
        .extracting(AccountTransaction::createdAt)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void neverShowsAnotherUsersLinesNorTheCashAccount() {
    var page = listTransactions.execute(bob, query(null, null, null, null));

    assertThat(page.items())
        .singleElement()
        .satisfies(line -> assertThat(line.accountId()).isEqualTo(bobAccount));
  }

  @Test
  void filtersByAccount() {
    var page = listTransactions.execute(alice, query(savings, null, null, null));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.type()).isEqualTo(TransactionType.TRANSFER_IN);
              assertThat(line.description()).isEqualTo("to savings");
            });
  }

  @Test
  void filtersByType() {
    var page =
        listTransactions.execute(alice, query(null, TransactionType.TRANSFER_OUT, null, null));

    assertThat(page.items()).extracting(line -> line.amount().minor()).containsExactly(-50L, -200L);
  }

  @Test
  void filtersByTimeWithFromInclusiveAndToExclusive() {
    var from = start.plus(Duration.ofHours(1));
    var to = start.plus(Duration.ofHours(3));

    var page = listTransactions.execute(alice, query(checking, null, from, to));

    assertThat(page.items()).extracting(line -> line.amount().minor()).containsExactly(-50L, -200L);
  }

  @Test
  void fromAfterToIsInvalid() {
    assertThatThrownBy(
            () -> listTransactions.execute(alice, query(null, null, start.plusSeconds(1), start)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anotherUsersAccountIsNotFound() {
    assertThatThrownBy(() -> listTransactions.execute(bob, query(checking, null, null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void adminMayListAnyAccount() {
    var page = listTransactions.execute(world.admin(), query(checking, null, null, null));

    assertThat(page.items())
        .hasSize(4)
        .allSatisfy(line -> assertThat(line.accountId()).isEqualTo(checking));
  }

  @Test
  void pagesKeepTheOrder() {
    var second =
        listTransactions.execute(
            alice, new ListTransactions.Query(null, null, null, null, new PageRequest(2, 2)));

    assertThat(second.items())
        .extracting(AccountTransaction::type)
        .containsExactly(TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);
    assertThat(second.total()).isEqualTo(5);
  }

  private static ListTransactions.Query query(
      AccountId account, TransactionType type, Instant from, Instant to) {
    return new ListTransactions.Query(account, type, from, to, PageRequest.defaults());
  }

  private static Money eur(long minor) {
    return Money.of(minor, BankWorld.EUR);
  }
}
