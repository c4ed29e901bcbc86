package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.banking.Bank.json;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A history over three days (2026-01-05 to 07): deposit 100.00, then a transfer of 25.50 to Bob,
 * then a withdrawal of 10.00 and a deposit whose description is a spreadsheet formula.
 */
class StatementsRoutesTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click, here\")";

  private Bank bank;
  private AuthResult ann;
  private AuthResult bob;
  private String account;

  @BeforeEach
  void start() {
    bank = Bank.start();
    ann = bank.customer();
    bob = bank.customer();
    account = bank.openAccount(ann, "EUR");
    var bobs = bank.openAccount(bob, "EUR");
    bank.deposit(ann, account, 10_000, "EUR");
    nextDay();
    var transfer =
        bank.post(
            ann,
            "/v1/transfers",
            "{\"fromAccountId\": \"%s\", \"toAccountId\": \"%s\", \"amount\": 2550, \"currency\": \"EUR\"}"
                .formatted(account, bobs));
    assertThat(transfer.statusCode()).isEqualTo(201);
    nextDay();
    bank.withdraw(ann, account, 1000, "EUR");
    bank.post(
        ann,
        "/v1/transactions",
        """
        {"accountId": "%s", "type": "deposit", "amount": 5, "currency": "EUR", "description": %s}
        """
            .formatted(account, quoted(FORMULA)));
  }

  private void nextDay() {
    bank.clock().advance(Duration.ofDays(1));
    ann = bank.logInAgain(ann);
    bob = bank.logInAgain(bob);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  @AfterEach
  void stop() {
    bank.close();
  }

  @Test
  void theBalanceAtAnInstantIsTheSumOfThePostingsUpToIt() {
    var balance = "/v1/accounts/" + account + "/balance";

    var now = json(bank.get(ann, balance));
    var before = json(bank.get(ann, balance + "?at=2026-01-04T12:00:00Z"));
    var secondDay = json(bank.get(ann, balance + "?at=2026-01-06T00:00:00Z"));
    var statement = json(bank.get(ann, "/v1/statements/" + account + "?from=2026-01-06"));

    assertThat(now.get("balance").asLong()).isEqualTo(10_000 - 2550 - 1000 + 5);
    assertThat(now.get("currency").asText()).isEqualTo("EUR");
    assertThat(now.get("accountId").asText()).isEqualTo(account);
    assertThat(before.get("balance").asLong()).isZero();
    assertThat(before.get("at").asText()).isEqualTo("2026-01-04T12:00:00Z");
    assertThat(secondDay.get("balance").asLong()).isEqualTo(10_000);
    assertThat(statement.get("openingBalance").asLong())
        .isEqualTo(secondDay.get("balance").asLong());
  }

  @Test
  void theBalanceAtAnInstantIsForItsOwnerAndNeedsAnInstant() {
    var balance = "/v1/accounts/" + account + "/balance";

    assertError(bank.get(bob, balance), 404, "not_found");
    var bad = assertError(bank.get(ann, balance + "?at=yesterday"), 400, "validation_failed");
    assertThat(bad.at("/details/at").asText()).isNotBlank();
    assertThat(json(bank.get(bank.admin(), balance)).get("balance").asLong()).isEqualTo(6455);
  }

  @Test
  void theWholeHistoryAddsUp() {
    var response = bank.get(ann, "/v1/statements/" + account);

    assertThat(response.statusCode()).isEqualTo(200);
    var statement = json(response);
    assertThat(statement.get("accountId").asText()).isEqualTo(account);
    assertThat(statement.get("currency").asText()).isEqualTo("EUR");
    assertThat(statement.get("from").asText()).isEqualTo("2026-01-05");
    assertThat(statement.get("to").asText()).isEqualTo("2026-01-07");
    assertThat(statement.get("openingBalance").asLong()).isZero();
    assertThat(statement.get("totalCredits").asLong()).isEqualTo(10_005);
    assertThat(statement.get("totalDebits").asLong()).isEqualTo(3550);
    assertThat(statement.get("closingBalance").asLong()).isEqualTo(6455);
    assertThat(statement.get("transactions")).hasSize(4);
    assertThat(statement.get("closingBalance").asLong()).isEqualTo(bank.balance(account));
  }

  @Test
  void aPeriodOpensWithTheBalanceBeforeItAndAddsUp() {
    var statement =
        json(bank.get(ann, "/v1/statements/" + account + "?from=2026-01-06&to=2026-01-06"));

    var opening = statement.get("openingBalance").asLong();
    var credits = statement.get("totalCredits").asLong();
    var debits = statement.get("totalDebits").asLong();
    assertThat(opening).isEqualTo(10_000);
    assertThat(credits).isZero();
    assertThat(debits).isEqualTo(2550);
    assertThat(statement.get("closingBalance").asLong()).isEqualTo(opening + credits - debits);
    assertThat(statement.get("transactions").findValuesAsText("type"))
        .containsExactly("transfer_out");
    assertThat(statement.get("transactions").get(0).get("amount").asLong()).isEqualTo(-2550);
  }

  @Test
  void csvHasAHeaderAndOneRowPerTransaction() {
    var response =
        bank.get(
            ann,
            "/v1/statements/" + account + "?from=2026-01-05&to=2026-01-07",
            "Accept",
            "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"statement-" + account + "-2026-01-05-2026-01-07.csv\"");
    var rows = response.body().lines().toArray(String[]::new);
    assertThat(rows).hasSize(5);
    assertThat(rows[0])
        .isEqualTo("date,type,description,amount,currency,balance_after,reference,items");
    assertThat(rows[1]).startsWith("2026-01-05T10:00:00Z,deposit,,100.00,EUR,100.00,deposit:");
    assertThat(rows[2]).startsWith("2026-01-06T10:00:00Z,transfer_out,,-25.50,EUR,74.50,transfer:");
    assertThat(rows[3]).startsWith("2026-01-07T10:00:00Z,withdrawal,,-10.00,EUR,64.50,withdrawal:");
  }

  @Test
  void csvDefusesFormulasAndQuotesAsRfc4180Says() {
    var csv = bank.get(ann, "/v1/statements/" + account, "Accept", "text/csv").body();

    var last = csv.split("\r\n", -1)[4];
    assertThat(last)
        .startsWith(
            "2026-01-07T10:00:00Z,deposit,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click, here\"\")\",0.05,EUR,64.55,deposit:");
  }

  @Test
  void anotherUsersStatementIsNotFoundButAdminsMayReadIt() {
    assertError(bank.get(bob, "/v1/statements/" + account), 404, "not_found");
    assertError(bank.get(bob, "/v1/statements/" + account, "Accept", "text/csv"), 404, "not_found");
    assertThat(bank.get(bank.admin(), "/v1/statements/" + account).statusCode()).isEqualTo(200);
    assertError(bank.get(ann, "/v1/statements/not-an-account"), 404, "not_found");
  }

  @Test
  void badDatesAre400NamingTheParameter() {
    var from =
        assertError(
            bank.get(ann, "/v1/statements/" + account + "?from=2026-01-05T00:00:00Z"),
            400,
            "validation_failed");
    var to =
        assertError(
            bank.get(ann, "/v1/statements/" + account + "?to=2026-02-30"),
            400,
            "validation_failed");
    var reversed =
        assertError(
            bank.get(ann, "/v1/statements/" + account + "?from=2026-01-07&to=2026-01-05"),
            400,
            "validation_failed");

    assertThat(from.get("details").has("from")).isTrue();
    assertThat(to.get("details").has("to")).isTrue();
    assertThat(reversed.get("details").has("from")).isTrue();
  }
}
