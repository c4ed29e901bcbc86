package dev.kassa.adapters.web.admin;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.users.CheckedApi;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminControllerTest {

  private static final List<String> ADMIN_ROUTES =
      List.of("/v1/admin/audit-events", "/v1/admin/ledger/verify");

  private static final Currency EUR = Currency.getInstance("EUR");

  private final CheckedApi api = CheckedApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private static List<JsonNode> ofType(JsonNode page, String type) {
    var events = new ArrayList<JsonNode>();
    page.get("data")
        .forEach(
            event -> {
              if (event.get("type").asText().equals(type)) {
                events.add(event);
              }
            });
    return events;
  }

  @Test
  void aCustomerIsForbidden() {
    var customer = api.customer();

    for (var route : ADMIN_ROUTES) {
      assertError(api.get(route, CheckedApi.bearer(customer)), 403, "forbidden");
    }
  }

  @Test
  void anAnonymousCallerIsUnauthenticated() {
    for (var route : ADMIN_ROUTES) {
      assertError(api.get(route), 401, "unauthenticated");
    }
  }

  @Test
  void theAuditTrailShowsRegistrationsLoginsAndFailedLogins() {
    var admin = api.admin();
    var ann = api.register("ann@example.com").get("user");
    assertThat(api.logIn("ann@example.com", LiveKassa.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(api.logIn("ann@example.com", "not the password").statusCode()).isEqualTo(401);

    var response = api.get("/v1/admin/audit-events", CheckedApi.bearer(admin));

    assertThat(response.statusCode()).isEqualTo(200);
    var page = TestApi.json(response);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("offset").asInt()).isEqualTo(0);
    assertThat(page.get("total").asLong()).isEqualTo(page.get("data").size());
    var registered =
        ofType(page, "user.registered").stream()
            .filter(event -> event.get("subjectId").asText().equals(ann.get("id").asText()))
            .toList();
    assertThat(registered).hasSize(1);
    var registration = registered.getFirst();
    assertThat(registration.get("actorId").asText()).isEqualTo(ann.get("id").asText());
    assertThat(registration.get("subjectType").asText()).isEqualTo("user");
    assertThat(registration.get("details").get("role").asText()).isEqualTo("customer");
    assertThat(registration.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    var loggedIn = ofType(page, "auth.login_succeeded");
    assertThat(loggedIn)
        .extracting(event -> event.get("actorId").asText())
        .contains(ann.get("id").asText(), admin.user().id().toString());
    var failed = ofType(page, "auth.login_failed");
    assertThat(failed).hasSize(1);
    assertThat(failed.getFirst().get("actorId").isNull()).isTrue();
    assertThat(failed.getFirst().get("subjectType").asText()).isEqualTo("email");
    assertThat(failed.getFirst().get("subjectId").asText()).isEqualTo("ann@example.com");
    assertThat(failed.getFirst().get("details").get("ip").asText()).isEqualTo("127.0.0.1");
  }

  @Test
  void theAuditTrailIsPaged() {
    var admin = api.admin();
    api.register("ann@example.com");

    var page =
        TestApi.json(api.get("/v1/admin/audit-events?limit=1&offset=1", CheckedApi.bearer(admin)));

    assertThat(page.get("data")).hasSize(1);
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertError(
        api.get("/v1/admin/audit-events?limit=101", CheckedApi.bearer(admin)),
        400,
        "validation_failed");
  }

  @Test
  void theLedgerVerifiesAfterMoneyMoved() {
    var admin = api.admin();
    deposit(api.customer(), 1050);

    var response = api.get("/v1/admin/ledger/verify", CheckedApi.bearer(admin));

    assertThat(response.statusCode()).isEqualTo(200);
    var result = TestApi.json(response);
    assertThat(result.get("ok").asBoolean()).isTrue();
    assertThat(result.get("problems").isArray()).isTrue();
    assertThat(result.get("problems")).isEmpty();
    assertThat(result.get("checkedAccounts").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(result.get("checkedEntries").asLong()).isEqualTo(1);
  }

  private void deposit(AuthResult owner, long minor) {
    var kassa = api.live().kassa();
    var actor = new Actor(owner.user().id(), owner.user().role());
    var account =
        kassa
            .openAccount()
            .execute(actor, new OpenAccount.Command(AccountType.CHECKING, EUR, "Main"));
    kassa
        .postCashTransaction()
        .execute(
            actor,
            new PostCashTransaction.Command(
                account.id(), PostCashTransaction.Kind.DEPOSIT, Money.of(minor, EUR), null));
  }
}
