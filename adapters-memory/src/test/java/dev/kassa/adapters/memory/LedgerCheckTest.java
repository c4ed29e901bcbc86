package dev.kassa.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerCheckTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  @Test
  void consistentLedgerHasNoProblems() {
    var a = account(500);
    var b = account(-500, AccountType.CASH);
    var entry = EntryId.newId();

    var result =
        new LedgerCheck(
                List.of(a, b), List.of(line(entry, a, 500), line(entry, b, -500)), List.of())
            .run();

    assertThat(result.ok()).isTrue();
    assertThat(result.checkedAccounts()).isEqualTo(2);
    assertThat(result.checkedEntries()).isEqualTo(1);
  }

  @Test
  void reportsAnUnbalancedEntryAWrongBalanceAndAnOverdrawnCustomer() {
    var overdrawn = account(-100);
    var wrong = account(70);
    var entry = EntryId.newId();

    var result =
        new LedgerCheck(
                List.of(overdrawn, wrong),
                List.of(line(entry, overdrawn, -100), line(entry, wrong, 50)),
                List.of())
            .run();

    assertThat(result.ok()).isFalse();
    assertThat(result.problems())
        .hasSize(3)
        .anySatisfy(problem -> assertThat(problem).contains(entry.toString(), "sum to -50"))
        .anySatisfy(problem -> assertThat(problem).contains(wrong.id().toString(), "70", "50"))
        .anySatisfy(problem -> assertThat(problem).contains(overdrawn.id().toString(), "below"));
  }

  @Test
  void reportsHeldThatDiffersFromThePendingHolds() {
    var account = account(500).placeHold(300);
    var entry = EntryId.newId();
    var cash = account(-500, AccountType.CASH);
    var hold =
        Hold.place(
            account.id(),
            Money.of(200, EUR),
            new Reference("order", UUID.randomUUID()),
            null,
            NOW,
            NOW.plusSeconds(60));

    var result =
        new LedgerCheck(
                List.of(account, cash),
                List.of(line(entry, account, 500), line(entry, cash, -500)),
                List.of(hold))
            .run();

    assertThat(result.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem).contains(account.id().toString(), "300", "200"));
  }

  private static Account account(long balance) {
    return new Account(
        AccountId.newId(),
        UserId.newId(),
        AccountType.CHECKING,
        EUR,
        "Test",
        AccountStatus.ACTIVE,
        balance,
        0,
        NOW);
  }

  private static Account account(long balance, AccountType systemType) {
    return new Account(
        AccountId.newId(), null, systemType, EUR, "Cash", AccountStatus.ACTIVE, balance, 0, NOW);
  }

  private static AccountTransaction line(EntryId entry, Account account, long amount) {
    return new AccountTransaction(
        TransactionId.newId(),
        entry,
        account.id(),
        TransactionType.DEPOSIT,
        Money.of(amount, EUR),
        Money.of(account.balance(), EUR),
        null,
        new Reference("deposit", UUID.randomUUID()),
        NOW);
  }
}
