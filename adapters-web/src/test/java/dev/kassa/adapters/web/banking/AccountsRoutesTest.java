package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.banking.Bank.json;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.account.AccountStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsRoutesTest {

  private Bank bank;
  private AuthResult ann;
  private AuthResult bob;

  @BeforeEach
  void start() {
    bank = Bank.start();
    ann = bank.customer();
    bob = bank.customer();
  }

  @AfterEach
  void stop() {
    bank.close();
  }

  @Test
  void openingAnAccountAnswers201WithTheEmptyActiveAccount() {
    var response = bank.post(ann, "/v1/accounts", "{\"type\": \"savings\", \"currency\": \"EUR\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    var account = json(response);
    assertThat(account.get("id").asText()).hasSize(36);
    assertThat(account.get("ownerId").asText()).isEqualTo(ann.user().id().toString());
    assertThat(account.get("type").asText()).isEqualTo("savings");
    assertThat(account.get("currency").asText()).isEqualTo("EUR");
    assertThat(account.get("name").asText()).isEqualTo("Savings EUR");
    assertThat(account.get("status").asText()).isEqualTo("active");
    assertThat(account.get("balance").isIntegralNumber()).isTrue();
    assertThat(account.get("balance").asLong()).isZero();
    assertThat(account.get("availableBalance").asLong()).isZero();
    assertThat(account.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(bank.account(account.get("id").asText()).ownerId()).isEqualTo(ann.user().id());
  }

  @Test
  void openingAnAccountKeepsTheNameGiven() {
    var response =
        bank.post(
            ann,
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"JPY\", \"name\": \" Travel \"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("name").asText()).isEqualTo("Travel");
    assertThat(json(response).get("currency").asText()).isEqualTo("JPY");
  }

  @Test
  void openingASystemAccountTypeIsRefused() {
    var response = bank.post(ann, "/v1/accounts", "{\"type\": \"cash\", \"currency\": \"EUR\"}");

    var error = assertError(response, 400, "validation_failed");
    assertThat(error.get("details").has("type")).isTrue();
    assertThat(bank.snapshot(ann).accounts()).isEmpty();
  }

  @Test
  void openingReportsEveryBadFieldAtOnce() {
    var response = bank.post(ann, "/v1/accounts", "{\"type\": \"gold\", \"currency\": \"eur\"}");

    var details = assertError(response, 400, "validation_failed").get("details");
    assertThat(details.has("type")).isTrue();
    assertThat(details.has("currency")).isTrue();
  }

  @Test
  void listingShowsOnlyTheCallersAccountsAsAPage() {
    var first = bank.openAccount(ann, "EUR");
    var second = bank.openAccount(ann, "USD");
    bank.openAccount(bob, "EUR");

    var response = bank.get(ann, "/v1/accounts");

    assertThat(response.statusCode()).isEqualTo(200);
    var page = json(response);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("offset").asInt()).isZero();
    assertThat(page.get("data").findValuesAsText("id")).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void listingHonoursLimitAndOffsetAndRefusesOutOfRangeValues() {
    bank.openAccount(ann, "EUR");
    bank.openAccount(ann, "USD");
    bank.openAccount(ann, "GBP");

    var page = json(bank.get(ann, "/v1/accounts?limit=2&offset=2"));

    assertThat(page.get("data")).hasSize(1);
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertError(bank.get(ann, "/v1/accounts?limit=101"), 400, "validation_failed");
    assertError(bank.get(ann, "/v1/accounts?offset=-1"), 400, "validation_failed");
    assertError(bank.get(ann, "/v1/accounts?limit=ten"), 400, "validation_failed");
  }

  @Test
  void adminsListAnyOwnersAccountsButCustomersOnlyTheirOwn() {
    var bobs = bank.openAccount(bob, "EUR");
    bank.openAccount(ann, "EUR");
    var admin = bank.admin();

    var byAdmin = json(bank.get(admin, "/v1/accounts?ownerId=" + bob.user().id()));

    assertThat(byAdmin.get("data").findValuesAsText("id")).containsExactly(bobs);
    assertError(bank.get(ann, "/v1/accounts?ownerId=" + bob.user().id()), 403, "forbidden");
    var mine = json(bank.get(ann, "/v1/accounts?ownerId=" + ann.user().id()));
    assertThat(mine.get("total").asLong()).isEqualTo(1);
    var error = assertError(bank.get(admin, "/v1/accounts?ownerId=bob"), 400, "validation_failed");
    assertThat(error.get("details").has("ownerId")).isTrue();
  }

  @Test
  void gettingAnAccountShowsItsBalances() {
    var id = bank.openAccount(ann, "EUR");
    bank.deposit(ann, id, 1050, "EUR");

    var response = bank.get(ann, "/v1/accounts/" + id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("balance").asLong()).isEqualTo(1050);
    assertThat(json(response).get("availableBalance").asLong()).isEqualTo(1050);
  }

  @Test
  void anotherUsersAccountIsNotFoundButAdminsSeeIt() {
    var id = bank.openAccount(ann, "EUR");

    assertError(bank.get(bob, "/v1/accounts/" + id), 404, "not_found");
    assertError(bank.patch(bob, "/v1/accounts/" + id, "{\"name\": \"Mine\"}"), 404, "not_found");
    assertError(bank.delete(bob, "/v1/accounts/" + id), 404, "not_found");
    assertThat(bank.get(bank.admin(), "/v1/accounts/" + id).statusCode()).isEqualTo(200);
    assertThat(bank.account(id).status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(bank.account(id).name()).isEqualTo("Checking EUR");
  }

  @Test
  void anIdThatIsNotAUuidIsNotFound() {
    assertError(bank.get(ann, "/v1/accounts/not-an-id"), 404, "not_found");
    assertError(bank.delete(ann, "/v1/accounts/42"), 404, "not_found");
    assertError(
        bank.get(ann, "/v1/accounts/0190a6b2-0000-7000-8000-000000000000"), 404, "not_found");
  }

  @Test
  void patchRenamesAndFreezesAndUnfreezes() {
    var id = bank.openAccount(ann, "EUR");

    var renamed = bank.patch(ann, "/v1/accounts/" + id, "{\"name\": \"Rent\"}");
    var frozen = bank.patch(ann, "/v1/accounts/" + id, "{\"status\": \"frozen\"}");

    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(json(renamed).get("name").asText()).isEqualTo("Rent");
    assertThat(json(frozen).get("status").asText()).isEqualTo("frozen");
    assertThat(json(frozen).get("name").asText()).isEqualTo("Rent");
    var active = bank.patch(ann, "/v1/accounts/" + id, "{\"status\": \"active\", \"name\": \"X\"}");
    assertThat(json(active).get("status").asText()).isEqualTo("active");
    assertThat(bank.account(id).name()).isEqualTo("X");
  }

  @Test
  void patchRefusesClosingAnUnknownStatusAndAnEmptyChange() {
    var id = bank.openAccount(ann, "EUR");

    var closing =
        assertError(
            bank.patch(ann, "/v1/accounts/" + id, "{\"status\": \"closed\"}"),
            400,
            "validation_failed");
    var unknown =
        assertError(
            bank.patch(ann, "/v1/accounts/" + id, "{\"status\": \"asleep\"}"),
            400,
            "validation_failed");
    assertError(bank.patch(ann, "/v1/accounts/" + id, "{}"), 400, "validation_failed");
    assertError(
        bank.patch(ann, "/v1/accounts/" + id, "{\"name\": \"  \"}"), 400, "validation_failed");

    assertThat(closing.get("details").has("status")).isTrue();
    assertThat(unknown.get("details").has("status")).isTrue();
    assertThat(bank.account(id).status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(bank.account(id).name()).isEqualTo("Checking EUR");
  }

  @Test
  void adminsMayFreezeAnyAccount() {
    var id = bank.openAccount(ann, "EUR");

    var response = bank.patch(bank.admin(), "/v1/accounts/" + id, "{\"status\": \"frozen\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(bank.account(id).status()).isEqualTo(AccountStatus.FROZEN);
  }

  @Test
  void closingAnEmptyAccountAnswers204AndLeavesItClosed() {
    var id = bank.openAccount(ann, "EUR");

    var response = bank.delete(ann, "/v1/accounts/" + id);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(json(bank.get(ann, "/v1/accounts/" + id)).get("status").asText())
        .isEqualTo("closed");
    assertError(bank.delete(ann, "/v1/accounts/" + id), 409, "invalid_state_transition");
    assertError(
        bank.patch(ann, "/v1/accounts/" + id, "{\"status\": \"active\"}"),
        409,
        "invalid_state_transition");
  }

  @Test
  void closingAnAccountWithMoneyIsRefused() {
    var id = bank.openAccount(ann, "EUR");
    bank.deposit(ann, id, 1, "EUR");

    var error = assertError(bank.delete(ann, "/v1/accounts/" + id), 409, "account_not_empty");

    assertThat(error.get("details").get("accountId").asText()).isEqualTo(id);
    assertThat(bank.account(id).status()).isEqualTo(AccountStatus.ACTIVE);
    bank.withdraw(ann, id, 1, "EUR");
    assertThat(bank.delete(ann, "/v1/accounts/" + id).statusCode()).isEqualTo(204);
  }
}
