package dev.kassa.adapters.web.banking;

import static dev.kassa.adapters.web.banking.Bank.json;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardsRoutesTest {

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

  private String issueBody(String type) {
    return "{\"accountId\": \"%s\", \"type\": \"%s\"}".formatted(account, type);
  }

  private String issue() {
    var response = bank.post(ann, "/v1/cards", issueBody("debit"));
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).get("id").asText();
  }

  @Test
  void issuingAnswers201WithTheFullNumberThisOnce() {
    var response = bank.post(ann, "/v1/cards", issueBody("virtual"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    var card = json(response);
    var number = card.get("number").asText();
    assertThat(number).matches("[0-9]{16}");
    assertThat(card.get("last4").asText()).isEqualTo(number.substring(12));
    assertThat(card.get("accountId").asText()).isEqualTo(account);
    assertThat(card.get("type").asText()).isEqualTo("virtual");
    assertThat(card.get("status").asText()).isEqualTo("active");
    assertThat(card.get("expMonth").asInt()).isEqualTo(1);
    assertThat(card.get("expYear").asInt()).isEqualTo(2030);
    assertThat(card.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
  }

  @Test
  void theFullNumberIsNeverShownAgain() {
    var issued = json(bank.post(ann, "/v1/cards", issueBody("debit")));
    var number = issued.get("number").asText();
    var id = issued.get("id").asText();

    var one = bank.get(ann, "/v1/cards/" + id);
    var list = bank.get(ann, "/v1/cards");
    var patched = bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"frozen\"}");
    var byAdmin = bank.get(bank.admin(), "/v1/cards/" + id);

    for (var response : new java.net.http.HttpResponse<?>[] {one, list, patched, byAdmin}) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(String.valueOf(response.body())).doesNotContain(number).doesNotContain("number");
    }
    assertThat(json(one).get("last4").asText()).isEqualTo(number.substring(12));
    assertThat(json(list).get("data").get(0).get("id").asText()).isEqualTo(id);
  }

  @Test
  void theListHoldsTheCallersCardsOnly() {
    issue();
    issue();
    var bobsAccount = bank.openAccount(bob, "EUR");
    bank.post(
        bob, "/v1/cards", "{\"accountId\": \"%s\", \"type\": \"debit\"}".formatted(bobsAccount));

    var page = json(bank.get(ann, "/v1/cards?limit=1"));

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("data")).hasSize(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
  }

  @Test
  void aCardIsFrozenUnfrozenAndCancelledForGood() {
    var id = issue();

    var frozen = bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"frozen\"}");
    var active = bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"active\"}");
    var cancelled = bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"cancelled\"}");
    var revived = bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"active\"}");

    assertThat(json(frozen).get("status").asText()).isEqualTo("frozen");
    assertThat(json(active).get("status").asText()).isEqualTo("active");
    assertThat(json(cancelled).get("status").asText()).isEqualTo("cancelled");
    assertError(revived, 409, "invalid_state_transition");
    assertThat(card(id).status()).isEqualTo(CardStatus.CANCELLED);
  }

  @Test
  void anotherUsersCardIsNotFoundButAdminsMayReadAndFreezeIt() {
    var id = issue();
    var admin = bank.admin();

    assertError(bank.get(bob, "/v1/cards/" + id), 404, "not_found");
    assertError(
        bank.patch(bob, "/v1/cards/" + id, "{\"status\": \"cancelled\"}"), 404, "not_found");
    assertThat(card(id).status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(bank.get(admin, "/v1/cards/" + id).statusCode()).isEqualTo(200);
    assertThat(bank.patch(admin, "/v1/cards/" + id, "{\"status\": \"frozen\"}").statusCode())
        .isEqualTo(200);
    assertThat(card(id).status()).isEqualTo(CardStatus.FROZEN);
    assertError(bank.get(ann, "/v1/cards/not-a-card"), 404, "not_found");
  }

  @Test
  void cardsAreIssuedOnlyOnTheCallersOwnActiveAccount() {
    var before = bank.snapshot(ann, bob);

    assertError(bank.post(bob, "/v1/cards", issueBody("debit")), 404, "not_found");
    assertError(bank.post(bank.admin(), "/v1/cards", issueBody("debit")), 404, "not_found");
    assertThat(bank.snapshot(ann, bob)).isEqualTo(before);

    bank.patch(ann, "/v1/accounts/" + account, "{\"status\": \"frozen\"}");
    assertError(bank.post(ann, "/v1/cards", issueBody("debit")), 409, "account_not_active");
    assertThat(bank.snapshot(ann).cards()).isEmpty();
  }

  @Test
  void badTypesAndStatusesAreRefusedNamingTheField() {
    var id = issue();

    var type =
        assertError(bank.post(ann, "/v1/cards", issueBody("gold")), 400, "validation_failed");
    var status =
        assertError(
            bank.patch(ann, "/v1/cards/" + id, "{\"status\": \"lost\"}"), 400, "validation_failed");

    assertThat(type.get("details").has("type")).isTrue();
    assertThat(status.get("details").has("status")).isTrue();
    assertThat(bank.snapshot(ann).cards()).hasSize(1);
    assertThat(card(id).status()).isEqualTo(CardStatus.ACTIVE);
  }

  private dev.kassa.domain.card.Card card(String id) {
    return bank.kassa().storage().cards().find(CardId.of(id)).orElseThrow();
  }
}
