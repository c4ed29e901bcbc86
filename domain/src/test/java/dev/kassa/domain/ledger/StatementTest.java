package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.testing.Seeded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class StatementTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  private final AccountId account = AccountId.newId();

  @Test
  void closingIsOpeningPlusCreditsMinusDebits() {
    var statement =
        Statement.of(
            account,
            EUR,
            FROM,
            TO,
            eur(10_000),
            List.of(
                line(5_000, 15_000),
                line(-3_000, 12_000),
                line(2_000, 14_000),
                line(-500, 13_500)));

    assertThat(statement.openingBalance()).isEqualTo(eur(10_000));
    assertThat(statement.totalCredits()).isEqualTo(eur(7_000));
    assertThat(statement.totalDebits()).isEqualTo(eur(3_500));
    assertThat(statement.closingBalance()).isEqualTo(eur(13_500));
    assertThat(statement.transactions()).hasSize(4);
  }

  @Test
  void withoutLinesClosingEqualsOpening() {
    var statement = Statement.of(account, EUR, FROM, TO, eur(4_200), List.of());

    assertThat(statement.closingBalance()).isEqualTo(eur(4_200));
    assertThat(statement.totalCredits()).isEqualTo(eur(0));
    assertThat(statement.totalDebits()).isEqualTo(eur(0));
  }

  @Test
  void debitsAreReportedAsAPositiveTotal() {
    var statement = Statement.of(account, EUR, FROM, TO, eur(1_000), List.of(line(-250, 750)));

    assertThat(statement.totalDebits()).isEqualTo(eur(250));
    assertThat(statement.closingBalance()).isEqualTo(eur(750));
  }

  @Test
  void refusesALineInAnotherCurrency() {
    var usd = Money.of(100, "USD");
    var foreign =
        new AccountTransaction(
            TransactionId.newId(),
            EntryId.newId(),
            account,
            TransactionType.DEPOSIT,
            usd,
            usd,
            null,
            new Reference("deposit", UUID.randomUUID()),
            Instant.parse("2025-03-02T00:00:00Z"));

    assertThatThrownBy(() -> Statement.of(account, EUR, FROM, TO, eur(0), List.of(foreign)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void closingMatchesTheLastBalanceForAnyRandomHistory(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < 500; run++) {
      var opening = random.nextLong(0, 1_000_000);
      var balance = opening;
      var lines = new ArrayList<AccountTransaction>();
      long credits = 0;
      long debits = 0;
      for (int i = random.nextInt(0, 30); i > 0; i--) {
        var amount = random.nextLong(1, 10_000) * (random.nextBoolean() ? 1 : -1);
        balance += amount;
        credits += Math.max(amount, 0);
        debits += Math.max(-amount, 0);
        lines.add(line(amount, balance));
      }

      var statement = Statement.of(account, EUR, FROM, TO, eur(opening), lines);

      assertThat(statement.closingBalance()).as(seeded.describe()).isEqualTo(eur(balance));
      assertThat(statement.totalCredits()).as(seeded.describe()).isEqualTo(eur(credits));
      assertThat(statement.totalDebits()).as(seeded.describe()).isEqualTo(eur(debits));
    }
  }

  private AccountTransaction line(long amount, long balanceAfter) {
    return new AccountTransaction(
        TransactionId.newId(),
        EntryId.newId(),
        account,
        amount > 0 ? TransactionType.DEPOSIT : TransactionType.WITHDRAWAL,
        eur(amount),
        eur(balanceAfter),
        null,
        new Reference("deposit", UUID.randomUUID()),
        Instant.parse("2025-03-02T00:00:00Z"));
  }

  private static Money eur(long minor) {
    return Money.of(minor, EUR);
  }
}
