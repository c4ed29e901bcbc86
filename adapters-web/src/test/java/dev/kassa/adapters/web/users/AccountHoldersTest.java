package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.auth.AuthResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountHoldersTest {

  private final CheckedApi api = CheckedApi.start();
  private AuthResult ann;
  private AuthResult bob;
  private AuthResult admin;

  @BeforeEach
  void users() {
    ann = api.customer();
    bob = api.customer();
    admin = api.admin();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("data").forEach(holder -> ids.add(holder.get("id").asText()));
    return ids;
  }

  @Test
  void aCustomerSeesOnlyThemselves() {
    var response = api.get("/v1/account-holders", CheckedApi.bearer(ann));

    assertThat(response.statusCode()).isEqualTo(200);
    var page = TestApi.json(response);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("offset").asInt()).isEqualTo(0);
    assertThat(ids(page)).containsExactly(ann.user().id().toString());
    assertThat(page.get("data").get(0).get("email").asText()).isEqualTo(ann.user().email().value());
  }

  @Test
  void anAdminSeesEveryone() {
    var page = TestApi.json(api.get("/v1/account-holders", CheckedApi.bearer(admin)));

    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(ids(page))
        .containsExactlyInAnyOrder(
            ann.user().id().toString(), bob.user().id().toString(), admin.user().id().toString());
  }

  @Test
  void theListIsPaged() {
    var page =
        TestApi.json(api.get("/v1/account-holders?limit=2&offset=1", CheckedApi.bearer(admin)));

    assertThat(page.get("data")).hasSize(2);
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertError(
        api.get("/v1/account-holders?limit=0", CheckedApi.bearer(admin)), 400, "validation_failed");
    assertError(
        api.get("/v1/account-holders?offset=-1", CheckedApi.bearer(ann)), 400, "validation_failed");
  }

  @Test
  void aCustomerSeesTheirOwnHolder() {
    var response = api.get("/v1/account-holders/" + ann.user().id(), CheckedApi.bearer(ann));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(response))
        .isEqualTo(TestApi.json(api.get("/v1/auth/me", CheckedApi.bearer(ann))));
  }

  @Test
  void anotherUsersHolderIsNotFoundForACustomer() {
    assertError(
        api.get("/v1/account-holders/" + bob.user().id(), CheckedApi.bearer(ann)),
        404,
        "not_found");
  }

  @Test
  void anAdminSeesAnyHolder() {
    var response = api.get("/v1/account-holders/" + bob.user().id(), CheckedApi.bearer(admin));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(response).get("id").asText()).isEqualTo(bob.user().id().toString());
  }

  @Test
  void anIdThatIsNotAUuidOrNamesNoOneIsNotFound() {
    assertError(
        api.get("/v1/account-holders/not-a-uuid", CheckedApi.bearer(admin)), 404, "not_found");
    assertError(
        api.get("/v1/account-holders/" + UUID.randomUUID(), CheckedApi.bearer(admin)),
        404,
        "not_found");
  }

  @Test
  void holdersNeedAToken() {
    assertError(api.get("/v1/account-holders"), 401, "unauthenticated");
    assertError(api.get("/v1/account-holders/" + ann.user().id()), 401, "unauthenticated");
  }
}
