package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryPlanTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  static Account customer(Currency currency, long balance) {
    var account = Account.open(UserId.newId(), AccountType.CHECKING, currency, null, NOW);
    return balance == 0 ? account : account.post(balance);
  }

  static JournalEntry transfer(Account from, Account to, long amount) {
    return JournalEntry.between(
        from.id(),
        TransactionType.TRANSFER_OUT,
        to.id(),
        TransactionType.TRANSFER_IN,
        amount,
        EUR,
        "Rent",
        new Reference("transfer", UUID.randomUUID()),
        NOW);
  }

  private static void assertConflict(Runnable plan, String code) {
    assertThatThrownBy(plan::run)
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aBalancedEntryUpdatesEachAccountAndWritesALineWithTheBalanceAfter() {
    var from = customer(EUR, 10_000);
    var to = customer(EUR, 500);
    var entry = transfer(from, to, 3_050);

    var plan = EntryPlan.of(entry, LockedAccounts.of(List.of(to, from)));

    assertThat(plan.accounts()).extracting(Account::id).containsExactly(from.id(), to.id());
    assertThat(plan.after(from.id()).balance()).isEqualTo(6_950);
    assertThat(plan.after(to.id()).balance()).isEqualTo(3_550);
    var out = plan.posted().lineFor(from.id());
    assertThat(out.amount()).isEqualTo(Money.of(-3_050, EUR));
    assertThat(out.balanceAfter()).isEqualTo(Money.of(6_950, EUR));
    assertThat(out.type()).isEqualTo(TransactionType.TRANSFER_OUT);
    assertThat(out.entryId()).isEqualTo(entry.id());
    assertThat(out.reference()).isEqualTo(entry.reference());
    assertThat(out.createdAt()).isEqualTo(NOW);
    assertThat(plan.posted().lineFor(to.id()).balanceAfter()).isEqualTo(Money.of(3_550, EUR));
    assertThat(plan.posted().entry()).isEqualTo(entry);
  }

  @Test
  void aDebitBeyondTheAvailableBalanceIsInsufficientFunds() {
    var from = customer(EUR, 1_000).placeHold(400);
    var to = customer(EUR, 0);

    assertConflict(
        () -> EntryPlan.of(transfer(from, to, 601), LockedAccounts.of(List.of(from, to))),
        "insufficient_funds");
  }

  @Test
  void anInactiveAccountOnEitherSideIsRefused() {
    var active = customer(EUR, 1_000);
    var frozen = customer(EUR, 1_000).changeStatus(AccountStatus.FROZEN);
    var both = LockedAccounts.of(List.of(active, frozen));

    assertConflict(() -> EntryPlan.of(transfer(active, frozen, 5), both), "account_not_active");
    assertConflict(() -> EntryPlan.of(transfer(frozen, active, 5), both), "account_not_active");
  }

  @Test
  void anAccountInAnotherCurrencyIsRefused() {
    var euros = customer(EUR, 1_000);
    var dollars = customer(USD, 1_000);

    assertThatThrownBy(
            () ->
                EntryPlan.of(
                    transfer(euros, dollars, 5), LockedAccounts.of(List.of(euros, dollars))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void anAccountNotReadDoesNotExist() {
    var from = customer(EUR, 1_000);
    var missing = customer(EUR, 0);

    assertThatThrownBy(
            () -> EntryPlan.of(transfer(from, missing, 5), LockedAccounts.of(List.of(from))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> LockedAccounts.of(List.of(from)).get(AccountId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
