package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.user.Email;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No secret ever reaches the log, whatever Kassa logs and at whichever level. */
@ExtendWith(KassaServerExtension.class)
class LoggingE2ETest {

  @Test
  void noPasswordTokenHashOrCardNumberIsLogged(RunningKassa kassa) throws Exception {
    var http = kassa.http();
    var wrongPassword = "wrong-" + UUID.randomUUID();
    String text;
    List<String> secrets;
    try (var log = new CapturedLog()) {
      var registered = kassa.bank().register();
      http.post("/v1/auth/login")
          .json(Map.of("email", registered.email(), "password", wrongPassword))
          .send()
          .expectError(401, "unauthenticated");
      var customer = kassa.bank().logIn(registered.email(), registered.password());
      var account = kassa.bank().openAccount(customer);
      var card =
          http.post("/v1/cards")
              .as(customer)
              .json(Map.of("accountId", account, "type", "debit"))
              .send()
              .expect(201);
      var refreshed =
          http.post("/v1/auth/refresh")
              .json(Map.of("refreshToken", customer.refreshToken()))
              .send()
              .expect(200);
      var lastRequest = "e2e-" + UUID.randomUUID();
      http.post("/v1/auth/logout")
          .bearer(refreshed.get("accessToken").asText())
          .header("X-Request-Id", lastRequest)
          .send()
          .expect(204);
      log.awaitRequest(lastRequest);
      text = log.text();
      secrets =
          List.of(
              registered.password(),
              wrongPassword,
              registered.accessToken(),
              registered.refreshToken(),
              customer.accessToken(),
              signature(customer.accessToken()),
              customer.refreshToken(),
              refreshed.get("accessToken").asText(),
              refreshed.get("refreshToken").asText(),
              passwordHash(kassa, registered.email()),
              card.get("number").asText());
    }

    assertThat(text).contains("POST /v1/cards 201", "POST /v1/auth/logout 204");
    for (var secret : secrets) {
      assertThat(text).doesNotContain(secret);
    }
    assertThat(text).doesNotContainPattern("\\$2[abxy]?\\$\\d\\d\\$");
  }

  private static String signature(String jwt) {
    return jwt.substring(jwt.lastIndexOf('.') + 1);
  }

  private static String passwordHash(RunningKassa kassa, String email) {
    var storage = kassa.server().kassa().storage();
    return storage
        .transactions()
        .inTransaction(() -> storage.users().findByEmail(new Email(email)))
        .orElseThrow()
        .passwordHash();
  }
}
