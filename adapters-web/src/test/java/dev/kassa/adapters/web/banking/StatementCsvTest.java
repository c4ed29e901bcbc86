package dev.kassa.adapters.web.banking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.statements.ItemizedStatement;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.Statement;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementCsvTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final AccountId ACCOUNT = AccountId.of("0190a6b2-0000-7000-8000-000000000001");
  private static final UUID REFERENCE = UUID.fromString("0190a6b2-0000-7000-8000-0000000000aa");

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain text|plain text",
        "''|''",
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+4915112345|'+4915112345",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=1,2|\"'=1,2\"",
        "not =first|not =first"
      })
  void textCellsAreDefusedAndQuoted(String value, String cell) {
    assertThat(StatementCsv.text(value)).isEqualTo(cell);
  }

  @Test
  void tabsCarriageReturnsAndLineBreaksAreHandled() {
    assertThat(StatementCsv.text("\tx")).isEqualTo("'\tx");
    assertThat(StatementCsv.text("\rx")).isEqualTo("\"'\rx\"");
    assertThat(StatementCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void amountsArePlainDecimalsInTheirCurrencysUnitsEvenWhenNegative() {
    var statement =
        Statement.of(
            ACCOUNT,
            EUR,
            LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-01-06"),
            Money.zero(EUR),
            List.of(
                line(TransactionType.DEPOSIT, Money.of(1050, EUR), Money.of(1050, EUR), null),
                line(TransactionType.WITHDRAWAL, Money.of(-5, EUR), Money.of(1045, EUR), "-fee")));

    var rows = StatementCsv.of(new ItemizedStatement(statement, Map.of())).split("\r\n", -1);

    assertThat(rows)
        .containsExactly(
            "date,type,description,amount,currency,balance_after,reference,items",
            "2026-01-05T10:00:00Z,deposit,,10.50,EUR,10.50,deposit:" + REFERENCE + ",",
            "2026-01-05T10:00:00Z,withdrawal,'-fee,-0.05,EUR,10.45,deposit:" + REFERENCE + ",",
            "");
  }

  @Test
  void aCurrencyWithoutMinorUnitsCountsWholeUnits() {
    var statement =
        Statement.of(
            ACCOUNT,
            JPY,
            LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-01-05"),
            Money.zero(JPY),
            List.of(line(TransactionType.DEPOSIT, Money.of(500, JPY), Money.of(500, JPY), null)));

    assertThat(StatementCsv.of(new ItemizedStatement(statement, Map.of())))
        .contains(",500,JPY,500,");
  }

  @Test
  void aPurchaseListsTheItemsOfItsOrder() {
    var order = OrderId.newId();
    var purchase =
        new AccountTransaction(
            TransactionId.newId(),
            EntryId.newId(),
            ACCOUNT,
            TransactionType.PURCHASE,
            Money.of(-1200, EUR),
            Money.of(0, EUR),
            "order",
            new Reference("order", order.value()),
            Instant.parse("2026-01-05T10:00:00Z"));
    var statement =
        Statement.of(
            ACCOUNT,
            EUR,
            LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-01-05"),
            Money.of(1200, EUR),
            List.of(purchase));
    var items =
        List.of(
            new OrderLine(ProductId.newId(), "MUG-1", "Mug, blue", Money.of(450, EUR), 2),
            new OrderLine(ProductId.newId(), "POT-1", "Pot", Money.of(300, EUR), 1));

    var csv = StatementCsv.of(new ItemizedStatement(statement, Map.of(order, items)));

    assertThat(csv.lines().toList().get(1)).endsWith(",\"2 x Mug, blue @ 4.50; 1 x Pot @ 3.00\"");
  }

  @Test
  void theFileIsNamedAfterTheAccountAndThePeriod() {
    var statement =
        Statement.of(
            ACCOUNT,
            EUR,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-01-31"),
            Money.zero(EUR),
            List.of());

    assertThat(StatementCsv.fileName(statement))
        .isEqualTo("statement-" + ACCOUNT + "-2026-01-01-2026-01-31.csv");
    assertThat(StatementCsv.of(new ItemizedStatement(statement, Map.of())))
        .isEqualTo("date,type,description,amount,currency,balance_after,reference,items\r\n");
  }

  private static AccountTransaction line(
      TransactionType type, Money amount, Money after, String description) {
    return new AccountTransaction(
        TransactionId.newId(),
        EntryId.newId(),
        ACCOUNT,
        type,
        amount,
        after,
        description,
        new Reference("deposit", REFERENCE),
        Instant.parse("2026-01-05T10:00:00Z"));
  }
}
