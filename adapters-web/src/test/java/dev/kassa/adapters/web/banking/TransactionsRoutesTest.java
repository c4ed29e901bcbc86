package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.banking.Bank.json;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsRoutesTest {

  private static final String UNKNOWN_ID = "0190a6b2-0000-7000-8000-000000000000";

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
  }

  @AfterEach
  void stop() {
    bank.close();
  }

  private String cash(String type, long amount, String currency) {
    return """
        {"accountId": "%s", "type": "%s", "amount": %d, "currency": "%s", "description": "ATM"}
        """
        .formatted(account, type, amount, currency);
  }

  @Test
  void aDepositAnswers201WithTheNewLineOfTheAccount() {
    var response = bank.post(ann, "/v1/transactions", cash("deposit", 1050, "EUR"));

    assertThat(response.statusCode()).isEqualTo(201);
    var line = json(response);
    assertThat(line.get("id").asText()).hasSize(36);
    assertThat(line.get("accountId").asText()).isEqualTo(account);
    assertThat(line.get("type").asText()).isEqualTo("deposit");
    assertThat(line.get("amount").isIntegralNumber()).isTrue();
    assertThat(line.get("amount").asLong()).isEqualTo(1050);
    assertThat(line.get("currency").asText()).isEqualTo("EUR");
    assertThat(line.get("balanceAfter").asLong()).isEqualTo(1050);
    assertThat(line.get("description").asText()).isEqualTo("ATM");
    assertThat(line.get("reference").get("kind").asText()).isEqualTo("deposit");
    assertThat(line.get("reference").get("id").asText()).hasSize(36);
    assertThat(line.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(bank.balance(account)).isEqualTo(1050);
  }

  @Test
  void aWithdrawalIsANegativeLineAndLowersTheBalance() {
    bank.deposit(ann, account, 1000, "EUR");

    var line = json(bank.post(ann, "/v1/transactions", cash("withdrawal", 300, "EUR")));

    assertThat(line.get("type").asText()).isEqualTo("withdrawal");
    assertThat(line.get("amount").asLong()).isEqualTo(-300);
    assertThat(line.get("balanceAfter").asLong()).isEqualTo(700);
    assertThat(bank.balance(account)).isEqualTo(700);
  }

  @Test
  void withdrawingMoreThanTheBalanceIsInsufficientFundsAndChangesNothing() {
    bank.deposit(ann, account, 100, "EUR");
    var before = bank.snapshot(ann);

    var response = bank.post(ann, "/v1/transactions", cash("withdrawal", 101, "EUR"));

    assertError(response, 409, "insufficient_funds");
    assertThat(bank.snapshot(ann)).isEqualTo(before);
    assertThat(bank.balance(account)).isEqualTo(100);
  }

  @Test
  void anAmountInAnotherCurrencyThanTheAccountsIsACurrencyMismatch() {
    var response = bank.post(ann, "/v1/transactions", cash("deposit", 100, "USD"));

    var error = assertError(response, 422, "currency_mismatch");
    assertThat(error.get("details").get("expected").asText()).isEqualTo("EUR");
    assertThat(bank.balance(account)).isZero();
  }

  @Test
  void aFrozenAccountTakesNoMoneyInOrOut() {
    bank.deposit(ann, account, 500, "EUR");
    bank.patch(ann, "/v1/accounts/" + account, "{\"status\": \"frozen\"}");
    var before = bank.snapshot(ann);

    assertError(
        bank.post(ann, "/v1/transactions", cash("deposit", 1, "EUR")), 409, "account_not_active");
    assertError(
        bank.post(ann, "/v1/transactions", cash("withdrawal", 1, "EUR")),
        409,
        "account_not_active");
    assertThat(bank.snapshot(ann)).isEqualTo(before);
  }

  @Test
  void nobodyButTheOwnerMovesCashOnAnAccountNotEvenAnAdmin() {
    bank.deposit(ann, account, 500, "EUR");
    var before = bank.snapshot(ann, bob);

    assertError(bank.post(bob, "/v1/transactions", cash("deposit", 1, "EUR")), 404, "not_found");
    assertError(
        bank.post(bank.admin(), "/v1/transactions", cash("withdrawal", 1, "EUR")),
        404,
        "not_found");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void anUnknownAccountIsNotFound() {
    var body =
        "{\"accountId\": \"%s\", \"type\": \"deposit\", \"amount\": 1, \"currency\": \"EUR\"}"
            .formatted(UNKNOWN_ID);

    assertError(bank.post(ann, "/v1/transactions", body), 404, "not_found");
  }

  @Test
  void aRetriedDepositWithTheSameKeyIsPostedOnce() {
    var first =
        bank.post(ann, "/v1/transactions", cash("deposit", 700, "EUR"), "Idempotency-Key", "dep-1");
    var retry =
        bank.post(ann, "/v1/transactions", cash("deposit", 700, "EUR"), "Idempotency-Key", "dep-1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json(retry)).isEqualTo(json(first));
    assertThat(bank.balance(account)).isEqualTo(700);
    assertThat(bank.snapshot(ann).lines()).isEqualTo(1);
  }

  @Test
  void theLogListsTheCallersLinesNewestFirst() {
    bank.deposit(ann, account, 1000, "EUR");
    bank.clock().advance(Duration.ofSeconds(1));
    bank.withdraw(ann, account, 250, "EUR");
    var bobs = bank.openAccount(bob, "EUR");
    bank.deposit(bob, bobs, 5, "EUR");

    var page = json(bank.get(ann, "/v1/transactions"));

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("data").findValuesAsText("type")).containsExactly("withdrawal", "deposit");
    assertThat(page.get("data").get(0).get("amount").asLong()).isEqualTo(-250);
    assertThat(page.get("data").get(0).get("balanceAfter").asLong()).isEqualTo(750);
  }

  @Test
  void theLogFiltersByAccountAndTypeAndPages() {
    var other = bank.openAccount(ann, "EUR");
    bank.deposit(ann, account, 1000, "EUR");
    bank.withdraw(ann, account, 100, "EUR");
    bank.deposit(ann, other, 50, "EUR");

    var byAccount = json(bank.get(ann, "/v1/transactions?accountId=" + account));
    var byType = json(bank.get(ann, "/v1/transactions?type=deposit"));
    var paged = json(bank.get(ann, "/v1/transactions?limit=1&offset=1"));

    assertThat(byAccount.get("total").asLong()).isEqualTo(2);
    assertThat(byAccount.get("data").findValuesAsText("accountId")).containsOnly(account);
    assertThat(byType.get("total").asLong()).isEqualTo(2);
    assertThat(byType.get("data").findValuesAsText("type")).containsOnly("deposit");
    assertThat(paged.get("data")).hasSize(1);
    assertThat(paged.get("total").asLong()).isEqualTo(3);
    assertThat(paged.get("limit").asInt()).isEqualTo(1);
  }

  @Test
  void theLogFiltersByInstantsAndByWholeUtcDays() {
    bank.deposit(ann, account, 1, "EUR");
    bank.clock().advance(Duration.ofDays(1));
    ann = bank.logInAgain(ann);
    bank.deposit(ann, account, 2, "EUR");
    bank.clock().advance(Duration.ofDays(1));
    ann = bank.logInAgain(ann);
    bank.deposit(ann, account, 3, "EUR");

    assertThat(amounts("?from=2026-01-06&to=2026-01-06")).containsExactly(2L);
    assertThat(amounts("?from=2026-01-06")).containsExactly(3L, 2L);
    assertThat(amounts("?to=2026-01-06")).containsExactly(2L, 1L);
    assertThat(amounts("?from=2026-01-06T10:00:00Z")).containsExactly(3L, 2L);
    assertThat(amounts("?to=2026-01-06T10:00:00Z")).containsExactly(1L);
    assertThat(amounts("?from=2026-01-06T10:00:00.001Z&to=2026-01-07T10:00:00.001Z"))
        .containsExactly(3L);
  }

  private java.util.List<Long> amounts(String query) {
    var page = json(bank.get(ann, "/v1/transactions" + query));
    var amounts = new java.util.ArrayList<Long>();
    page.get("data").forEach(line -> amounts.add(line.get("amount").asLong()));
    return amounts;
  }

  @Test
  void badFilterValuesAre400NamingTheParameter() {
    for (var parameter :
        new String[] {
          "accountId=nope",
          "type=bonus",
          "from=yesterday",
          "to=2026-13-01",
          "from=2026-01-05T25:00:00Z",
          "limit=0"
        }) {
      var error =
          assertError(bank.get(ann, "/v1/transactions?" + parameter), 400, "validation_failed");
      assertThat(error.get("details").has(parameter.substring(0, parameter.indexOf('='))))
          .as(parameter)
          .isTrue();
    }
    var reversed =
        assertError(
            bank.get(ann, "/v1/transactions?from=2026-01-07&to=2026-01-05"),
            400,
            "validation_failed");
    assertThat(reversed.get("details").has("from")).isTrue();
  }

  @Test
  void anotherUsersAccountInTheFilterIsNotFoundButAdminsMayNameIt() {
    bank.deposit(ann, account, 10, "EUR");

    assertError(bank.get(bob, "/v1/transactions?accountId=" + account), 404, "not_found");
    var byAdmin = json(bank.get(bank.admin(), "/v1/transactions?accountId=" + account));
    assertThat(byAdmin.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void oneLineIsReadByItsOwnerAndAdminsOnly() {
    var id = bank.deposit(ann, account, 10, "EUR").get("id").asText();

    var mine = bank.get(ann, "/v1/transactions/" + id);

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(json(mine).get("amount").asLong()).isEqualTo(10);
    assertError(bank.get(bob, "/v1/transactions/" + id), 404, "not_found");
    assertThat(bank.get(bank.admin(), "/v1/transactions/" + id).statusCode()).isEqualTo(200);
    assertError(bank.get(ann, "/v1/transactions/" + UNKNOWN_ID), 404, "not_found");
    assertError(bank.get(ann, "/v1/transactions/x"), 404, "not_found");
  }
}
