package dev.kassa.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardNumber;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloseAccountTest {

  private final BankWorld world = new BankWorld();
  private final CloseAccount closeAccount = world.closeAccount();

  @Test
  void closesAnEmptyAccountAndRecordsIt() {
    var alice = world.customer();
    var account = world.openAccount(alice);

    var closed = closeAccount.execute(alice, account.id());

    assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.CLOSED);
    assertThat(world.auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.ACCOUNT_CLOSED))
        .singleElement()
        .satisfies(event -> assertThat(event.subjectId()).isEqualTo(account.id().toString()));
  }

  @Test
  void refusesAnAccountWithMoneyAndLeavesItOpen() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.deposit(alice, account.id(), 1);

    assertThatThrownBy(() -> closeAccount.execute(alice, account.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_empty"));
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(world.auditEvents()).noneMatch(e -> e.type().equals(AuditTypes.ACCOUNT_CLOSED));
  }

  @Test
  void closesOnceEmptiedByAWithdrawal() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.deposit(alice, account.id(), 500);
    world
        .cash()
        .execute(
            alice,
            new PostCashTransaction.Command(
                account.id(),
                PostCashTransaction.Kind.WITHDRAWAL,
                Money.of(500, BankWorld.EUR),
                null));

    assertThat(closeAccount.execute(alice, account.id()).status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void aClosedAccountRefusesDepositsAndIncomingTransfers() {
    var alice = world.customer();
    var closed = world.openAccount(alice);
    closeAccount.execute(alice, closed.id());
    var bob = world.customer();
    var bobAccount = world.openAccount(bob);
    world.deposit(bob, bobAccount.id(), 1_000);

    assertThatThrownBy(() -> world.deposit(alice, closed.id(), 100))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThatThrownBy(
            () ->
                world
                    .transferMoney()
                    .execute(
                        bob,
                        new TransferMoney.Command(
                            bobAccount.id(), closed.id(), Money.of(100, BankWorld.EUR), null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThat(world.balance(closed.id())).isZero();
    assertThat(world.balance(bobAccount.id())).isEqualTo(1_000);
    assertThat(world.linesOf(closed.id())).isEmpty();
  }

  @Test
  void closingTwiceIsAnInvalidTransition() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    closeAccount.execute(alice, account.id());

    assertThatThrownBy(() -> closeAccount.execute(alice, account.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void anotherCustomerCannotCloseTheAccount() {
    var account = world.openAccount(world.customer());

    assertThatThrownBy(() -> closeAccount.execute(world.customer(), account.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void adminMayCloseAnEmptyAccount() {
    var account = world.openAccount(world.customer());

    assertThat(closeAccount.execute(world.admin(), account.id()).status())
        .isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void closingAnAccountCancelsItsCardsAndOnlyItsCards() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    var other = world.openAccount(alice);
    var active = issue(alice, account.id());
    var frozen = issue(alice, account.id());
    var kept = issue(alice, other.id());
    world
        .ports()
        .transactions()
        .run(() -> world.ports().cards().update(frozen.withStatus(CardStatus.FROZEN)));

    closeAccount.execute(alice, account.id());

    assertThat(List.of(active, frozen, kept))
        .extracting(card -> world.ports().cards().find(card.id()).orElseThrow().status())
        .containsExactly(CardStatus.CANCELLED, CardStatus.CANCELLED, CardStatus.ACTIVE);
    assertThat(world.auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.CARD_STATUS_CHANGED))
        .extracting(event -> event.subjectId())
        .containsExactlyInAnyOrder(active.id().toString(), frozen.id().toString());
  }

  private Card issue(Actor owner, AccountId account) {
    var card =
        Card.issue(
            account,
            owner.id(),
            CardType.DEBIT,
            CardNumber.generate(new SplittableRandom(account.value().getLeastSignificantBits())),
            "fp-" + UUID.randomUUID(),
            world.clock().instant());
    world.ports().transactions().run(() -> world.ports().cards().add(card));
    return card;
  }
}
