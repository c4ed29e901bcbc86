package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.application.auth.AuthResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write route, fed bodies it must refuse: each answer is a 4xx error envelope naming the
 * field, and neither balances, lines, transfers, accounts nor cards change. {@code {account}},
 * {@code {other}} and {@code {card}} stand for ids of the caller's own account, Bob's account and
 * the caller's card.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBankingInputTest {

  private static final String CASH =
      "\"accountId\": \"{account}\", \"type\": \"deposit\", \"currency\": \"EUR\"";
  private static final String TRANSFER =
      "\"fromAccountId\": \"{account}\", \"toAccountId\": \"{other}\", \"currency\": \"EUR\"";

  private Bank bank;
  private AuthResult ann;
  private AuthResult bob;
  private String account;
  private String other;
  private String card;

  @BeforeAll
  void start() {
    bank = Bank.start();
    ann = bank.customer();
    bob = bank.customer();
    account = bank.openAccount(ann, "EUR");
    other = bank.openAccount(bob, "EUR");
    bank.deposit(ann, account, 1000, "EUR");
    var issued =
        bank.post(
            ann, "/v1/cards", "{\"accountId\": \"%s\", \"type\": \"debit\"}".formatted(account));
    card = Bank.json(issued).get("id").asText();
  }

  @AfterAll
  void stop() {
    bank.close();
  }

  static Stream<Arguments> refusedBodies() {
    return Stream.of(
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"EUR\"",
            400,
            "malformed_json",
            null),
        refused("POST", "/v1/accounts", "[\"checking\"]", 400, "validation_failed", "body"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"EUR\", \"colour\": \"red\"}",
            400,
            "validation_failed",
            "colour"),
        refused(
            "POST", "/v1/accounts", "{\"currency\": \"EUR\"}", 400, "validation_failed", "type"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\"}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"EURO\"}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"ZZZ\"}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"Checking\", \"currency\": \"EUR\"}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": 1, \"currency\": \"EUR\"}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"EUR\", \"name\": 5}",
            400,
            "validation_failed",
            "name"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 100,}",
            400,
            "malformed_json",
            null),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 100, \"fee\": 1}",
            400,
            "validation_failed",
            "fee"),
        refused("POST", "/v1/transactions", "{" + CASH + "}", 400, "validation_failed", "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": null}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": \"100\"}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 10.5}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 100.0}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 1e2}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 99999999999999999999}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": -100}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 0}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH.replace("EUR", "eur") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH.replace("EUR", "XXX") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH.replace("deposit", "bonus") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH.replace("deposit", "transfer_in") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH.replace("{account}", "123") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "accountId"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 1, \"description\": 42}",
            400,
            "validation_failed",
            "description"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 1, \"description\": \"" + "x".repeat(501) + "\"}",
            400,
            "validation_failed",
            "description"),
        refused(
            "POST",
            "/v1/transactions",
            "{" + CASH + ", \"amount\": 1, \"amount\": 1000}",
            400,
            "malformed_json",
            null),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": 1",
            400,
            "malformed_json",
            null),
        refused("POST", "/v1/transfers", "{" + TRANSFER + "}", 400, "validation_failed", "amount"),
        refused(
            "POST",
            "/v1/transfers",
            "{\"fromAccountId\": \"{account}\", \"amount\": 1, \"currency\": \"EUR\"}",
            400,
            "validation_failed",
            "toAccountId"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER.replace("{account}", "abc") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "fromAccountId"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": \"1\"}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": 0.01}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": -1}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": 0}",
            400,
            "validation_failed",
            "amount"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER.replace("EUR", "E1R") + ", \"amount\": 1}",
            400,
            "validation_failed",
            "currency"),
        refused(
            "POST",
            "/v1/transfers",
            "{" + TRANSFER + ", \"amount\": 1, \"status\": \"completed\"}",
            400,
            "validation_failed",
            "status"),
        refused(
            "POST",
            "/v1/cards",
            "{\"accountId\": \"{account}\"}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/cards",
            "{\"accountId\": \"{account}\", \"type\": \"platinum\"}",
            400,
            "validation_failed",
            "type"),
        refused(
            "POST",
            "/v1/cards",
            "{\"accountId\": \"not-a-uuid\", \"type\": \"debit\"}",
            400,
            "validation_failed",
            "accountId"),
        refused(
            "POST",
            "/v1/cards",
            "{\"accountId\": \"{account}\", \"type\": \"debit\", \"number\": \"4242\"}",
            400,
            "validation_failed",
            "number"),
        refused("POST", "/v1/cards", "{\"accountId\": ", 400, "malformed_json", null),
        refused(
            "PATCH",
            "/v1/accounts/{account}",
            "{\"status\": \"closed\"}",
            400,
            "validation_failed",
            "status"),
        refused(
            "PATCH",
            "/v1/accounts/{account}",
            "{\"status\": \"dormant\"}",
            400,
            "validation_failed",
            "status"),
        refused(
            "PATCH",
            "/v1/accounts/{account}",
            "{\"status\": 1}",
            400,
            "validation_failed",
            "status"),
        refused(
            "PATCH",
            "/v1/accounts/{account}",
            "{\"balance\": 1000000}",
            400,
            "validation_failed",
            "balance"),
        refused(
            "PATCH",
            "/v1/accounts/{account}",
            "{\"name\": \"\"}",
            400,
            "validation_failed",
            "name"),
        refused("PATCH", "/v1/accounts/{account}", "{}", 400, "validation_failed", null),
        refused("PATCH", "/v1/accounts/{account}", "{\"name\": \"x\"", 400, "malformed_json", null),
        refused("PATCH", "/v1/cards/{card}", "{}", 400, "validation_failed", "status"),
        refused(
            "PATCH",
            "/v1/cards/{card}",
            "{\"status\": \"lost\"}",
            400,
            "validation_failed",
            "status"),
        refused(
            "PATCH",
            "/v1/cards/{card}",
            "{\"status\": \"frozen\", \"last4\": \"0000\"}",
            400,
            "validation_failed",
            "last4"),
        refused("PATCH", "/v1/cards/{card}", "status=frozen", 400, "malformed_json", null));
  }

  private static Arguments refused(
      String method, String path, String body, int status, String code, String field) {
    return Arguments.of(method, path, body, status, code, field);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("refusedBodies")
  void refusedBodyIsAnErrorEnvelopeAndChangesNothing(
      String method, String path, String body, int status, String code, String field) {
    var before = bank.snapshot(ann, bob);

    var response =
        bank.send(
            method,
            fill(path),
            fill(body),
            "Authorization",
            LiveKassa.bearer(ann)[1],
            "Idempotency-Key",
            "refused-" + method + path + body.hashCode());

    var error = assertError(response, status, code);
    if (field != null) {
      assertThat(error.get("details").has(field)).as(error.toString()).isTrue();
    }
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotDeclaredAsJsonIsUnsupportedAndChangesNothing() {
    var before = bank.snapshot(ann, bob);
    var body = fill("{" + CASH + ", \"amount\": 1}");

    var response =
        bank.send(
            "POST",
            "/v1/transactions",
            body,
            "Authorization",
            LiveKassa.bearer(ann)[1],
            "Content-Type",
            "text/plain");

    assertError(response, 415, "unsupported_media_type");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  @Test
  void aMissingBodyIsRefusedAndChangesNothing() {
    var before = bank.snapshot(ann, bob);

    for (var path :
        new String[] {"/v1/accounts", "/v1/transactions", "/v1/transfers", "/v1/cards"}) {
      var error =
          assertError(
              bank.send("POST", path, null, "Authorization", LiveKassa.bearer(ann)[1]),
              400,
              "validation_failed");
      assertThat(error.get("details").has("body")).isTrue();
    }
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);
  }

  private String fill(String template) {
    return template.replace("{account}", account).replace("{other}", other).replace("{card}", card);
  }
}
