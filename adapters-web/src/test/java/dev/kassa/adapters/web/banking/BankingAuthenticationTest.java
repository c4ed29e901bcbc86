package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every banking route refuses a caller without a valid bearer token, before looking at input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankingAuthenticationTest {

  private static final String ID = "0190a6b2-0000-7000-8000-000000000000";

  private Bank bank;

  @BeforeAll
  void start() {
    bank = Bank.start();
  }

  @AfterAll
  void stop() {
    bank.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /v1/accounts",
    "GET, /v1/accounts",
    "GET, /v1/accounts/" + ID,
    "PATCH, /v1/accounts/" + ID,
    "DELETE, /v1/accounts/" + ID,
    "POST, /v1/transactions",
    "GET, /v1/transactions",
    "GET, /v1/transactions/" + ID,
    "POST, /v1/transfers",
    "GET, /v1/transfers",
    "GET, /v1/transfers/" + ID,
    "POST, /v1/cards",
    "GET, /v1/cards",
    "GET, /v1/cards/" + ID,
    "PATCH, /v1/cards/" + ID,
    "GET, /v1/statements/" + ID
  })
  void everyRouteNeedsAValidToken(String method, String path) {
    var body = method.equals("GET") || method.equals("DELETE") ? null : "{}";

    var missing = bank.send(method, path, body);
    var malformed = bank.send(method, path, body, "Authorization", "Bearer not.a.jwt");
    var wrongScheme = bank.send(method, path, body, "Authorization", "Basic YW5uOnB3");

    for (var response : java.util.List.of(missing, malformed, wrongScheme)) {
      assertError(response, 401, "unauthenticated");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
  }
}
