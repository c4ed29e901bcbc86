package dev.kassa.adapters.web.banking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankingDocumentationTest {

  @Test
  void everyBankingRouteOfTheContractIsServedAndDocumented() {
    try (var bank = Bank.start()) {
      assertThat(bank.routes())
          .containsExactlyInAnyOrder(
              "POST /v1/accounts",
              "GET /v1/accounts",
              "GET /v1/accounts/{id}",
              "PATCH /v1/accounts/{id}",
              "DELETE /v1/accounts/{id}",
              "POST /v1/transactions",
              "GET /v1/transactions",
              "GET /v1/transactions/{id}",
              "POST /v1/transfers",
              "GET /v1/transfers",
              "GET /v1/transfers/{id}",
              "POST /v1/cards",
              "GET /v1/cards",
              "GET /v1/cards/{id}",
              "PATCH /v1/cards/{id}",
              "GET /v1/statements/{accountId}",
              "GET /v1/accounts/{id}/balance");
      assertThat(bank.undocumentedRoutes()).isEmpty();
    }
  }
}
