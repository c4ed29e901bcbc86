package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.banking.Bank.json;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransfersRoutesTest {

  private static final String UNKNOWN_ID = "0190a6b2-0000-7000-8000-000000000000";

  private Bank bank;
  private AuthResult ann;
  private AuthResult bob;
  private String annsEur;
  private String bobsEur;

  @BeforeEach
  void start() {
    bank = Bank.start();
    ann = bank.customer();
    bob = bank.customer();
    annsEur = bank.openAccount(ann, "EUR");
    bobsEur = bank.openAccount(bob, "EUR");
    bank.deposit(ann, annsEur, 1000, "EUR");
  }

  @AfterEach
  void stop() {
    bank.close();
  }

  private static String transfer(String from, String to, long amount) {
    return """
        {"fromAccountId": "%s", "toAccountId": "%s", "amount": %d, "currency": "EUR",
         "description": "Rent"}
        """
        .formatted(from, to, amount);
  }

  @Test
  void aTransferAnswers201AndMovesTheMoney() {
    var response = bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 300));

    assertThat(response.statusCode()).isEqualTo(201);
    var body = json(response);
    assertThat(body.get("id").asText()).hasSize(36);
    assertThat(body.get("fromAccountId").asText()).isEqualTo(annsEur);
    assertThat(body.get("toAccountId").asText()).isEqualTo(bobsEur);
    assertThat(body.get("amount").asLong()).isEqualTo(300);
    assertThat(body.get("currency").asText()).isEqualTo("EUR");
    assertThat(body.get("description").asText()).isEqualTo("Rent");
    assertThat(body.get("status").asText()).isEqualTo("completed");
    assertThat(body.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(bank.balance(annsEur)).isEqualTo(700);
    assertThat(bank.balance(bobsEur)).isEqualTo(300);
  }

  @Test
  void aTransferWritesASignedLineOnEachAccount() {
    var id = json(bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 300))).get("id");

    var out = json(bank.get(ann, "/v1/transactions?type=transfer_out")).get("data").get(0);
    var in = json(bank.get(bob, "/v1/transactions?type=transfer_in")).get("data").get(0);

    assertThat(out.get("amount").asLong()).isEqualTo(-300);
    assertThat(out.get("balanceAfter").asLong()).isEqualTo(700);
    assertThat(in.get("amount").asLong()).isEqualTo(300);
    assertThat(in.get("balanceAfter").asLong()).isEqualTo(300);
    assertThat(out.get("reference").get("kind").asText()).isEqualTo("transfer");
    assertThat(out.get("reference").get("id")).isEqualTo(id);
    assertThat(in.get("reference").get("id")).isEqualTo(id);
  }

  @Test
  void moreThanTheAvailableBalanceIsInsufficientFundsAndMovesNothing() {
    var before = bank.snapshot(ann, bob);

    var response = bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 1001));

    assertError(response, 409, "insufficient_funds");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void accountsInDifferentCurrenciesAreACurrencyMismatch() {
    var bobsUsd = bank.openAccount(bob, "USD");
    var before = bank.snapshot(ann, bob);

    assertError(
        bank.post(ann, "/v1/transfers", transfer(annsEur, bobsUsd, 100)), 422, "currency_mismatch");
    var usdAmount =
        transfer(annsEur, bobsEur, 100).replace("\"currency\": \"EUR\"", "\"currency\": \"USD\"");
    assertError(bank.post(ann, "/v1/transfers", usdAmount), 422, "currency_mismatch");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void theSameAccountTwiceOrANonPositiveAmountIsInvalid() {
    var before = bank.snapshot(ann, bob);

    var same =
        assertError(
            bank.post(ann, "/v1/transfers", transfer(annsEur, annsEur, 1)),
            400,
            "validation_failed");
    var zero =
        assertError(
            bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 0)),
            400,
            "validation_failed");
    var negative =
        assertError(
            bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, -5)),
            400,
            "validation_failed");

    assertThat(same.get("details").has("toAccountId")).isTrue();
    assertThat(zero.get("details").has("amount")).isTrue();
    assertThat(negative.get("details").has("amount")).isTrue();
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void aDestinationThatDoesNotExistIsNotFound() {
    var before = bank.snapshot(ann);

    assertError(
        bank.post(ann, "/v1/transfers", transfer(annsEur, UNKNOWN_ID, 1)), 404, "not_found");
    assertThat(bank.snapshot(ann)).isEqualTo(before);
  }

  @Test
  void aFrozenDestinationTakesNoMoney() {
    bank.patch(bob, "/v1/accounts/" + bobsEur, "{\"status\": \"frozen\"}");
    var before = bank.snapshot(ann, bob);

    assertError(
        bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 1)), 409, "account_not_active");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void moneyLeavesAnAccountOnlyOnItsOwnersWordNotEvenAnAdmins() {
    var before = bank.snapshot(ann, bob);

    assertError(bank.post(bob, "/v1/transfers", transfer(annsEur, bobsEur, 1)), 404, "not_found");
    assertError(
        bank.post(bank.admin(), "/v1/transfers", transfer(annsEur, bobsEur, 1)), 404, "not_found");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void theSameKeyTwiceMovesMoneyOnceAndReplaysTheFirstAnswer() {
    var body = transfer(annsEur, bobsEur, 250);

    var first = bank.post(ann, "/v1/transfers", body, "Idempotency-Key", "rent-2026-01");
    var retry = bank.post(ann, "/v1/transfers", body, "Idempotency-Key", "rent-2026-01");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(bank.balance(annsEur)).isEqualTo(750);
    assertThat(bank.balance(bobsEur)).isEqualTo(250);
    assertThat(bank.snapshot(ann).transfers()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndMovesNothing() {
    bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 250), "Idempotency-Key", "k-1");
    var before = bank.snapshot(ann, bob);

    var reused =
        bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 260), "Idempotency-Key", "k-1");

    assertError(reused, 422, "idempotency_key_reused");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void aRefusedTransferIsReplayedAsRefusedEvenAfterTheMoneyArrives() {
    var body = transfer(annsEur, bobsEur, 5000);

    var first = bank.post(ann, "/v1/transfers", body, "Idempotency-Key", "big");
    bank.deposit(ann, annsEur, 10_000, "EUR");
    var retry = bank.post(ann, "/v1/transfers", body, "Idempotency-Key", "big");

    assertError(first, 409, "insufficient_funds");
    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(bank.balance(bobsEur)).isZero();
  }

  @Test
  void anInvalidBodyDoesNotSpendTheKey() {
    var invalid =
        bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 0), "Idempotency-Key", "fix-me");
    var fixed =
        bank.post(
            ann, "/v1/transfers", transfer(annsEur, bobsEur, 10), "Idempotency-Key", "fix-me");

    assertError(invalid, 400, "validation_failed");
    assertThat(fixed.statusCode()).isEqualTo(201);
    assertThat(fixed.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(bank.balance(bobsEur)).isEqualTo(10);
  }

  @Test
  void keysAreScopedToTheCaller() {
    var bobsOther = bank.openAccount(bob, "EUR");
    bank.deposit(bob, bobsEur, 100, "EUR");

    bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 1), "Idempotency-Key", "same");
    var bobs =
        bank.post(bob, "/v1/transfers", transfer(bobsEur, bobsOther, 2), "Idempotency-Key", "same");

    assertThat(bobs.statusCode()).isEqualTo(201);
    assertThat(bobs.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(bank.balance(bobsOther)).isEqualTo(2);
  }

  @Test
  void bothPartiesListAndReadATransferButNobodyElse() {
    var id =
        json(bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 300))).get("id").asText();
    var carl = bank.customer();

    var annsList = json(bank.get(ann, "/v1/transfers"));
    var bobsList = json(bank.get(bob, "/v1/transfers"));
    var carlsList = json(bank.get(carl, "/v1/transfers"));

    assertThat(annsList.get("data").findValuesAsText("id")).containsExactly(id);
    assertThat(bobsList.get("data").findValuesAsText("id")).containsExactly(id);
    assertThat(carlsList.get("total").asLong()).isZero();
    assertThat(bank.get(ann, "/v1/transfers/" + id).statusCode()).isEqualTo(200);
    assertThat(json(bank.get(bob, "/v1/transfers/" + id)).get("amount").asLong()).isEqualTo(300);
    assertError(bank.get(carl, "/v1/transfers/" + id), 404, "not_found");
    assertThat(bank.get(bank.admin(), "/v1/transfers/" + id).statusCode()).isEqualTo(200);
    assertError(bank.get(ann, "/v1/transfers/" + UNKNOWN_ID), 404, "not_found");
    assertError(bank.get(ann, "/v1/transfers/nope"), 404, "not_found");
  }

  @Test
  void theListPagesNewestFirst() {
    var first = json(bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 1))).get("id");
    bank.clock().advance(java.time.Duration.ofSeconds(1));
    var second = json(bank.post(ann, "/v1/transfers", transfer(annsEur, bobsEur, 2))).get("id");

    var page = json(bank.get(ann, "/v1/transfers?limit=1"));
    var next = json(bank.get(ann, "/v1/transfers?limit=1&offset=1"));

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("data").get(0).get("id")).isEqualTo(second);
    assertThat(next.get("data").get(0).get("id")).isEqualTo(first);
    assertError(bank.get(ann, "/v1/transfers?limit=500"), 400, "validation_failed");
  }
}
