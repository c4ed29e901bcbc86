package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions as the contract describes them, on the assembled server and PostgreSQL. */
@ExtendWith(KassaServerExtension.class)
class SessionE2ETest {

  @Test
  void loggingOutRevokesTheAccessTokenAndItsRefreshTokenAtOnce(RunningKassa kassa) {
    var customer = kassa.bank().register();

    kassa.http().post("/v1/auth/logout").as(customer).send().expect(204);

    kassa.http().get("/v1/auth/me").as(customer).send().expectError(401, "unauthenticated");
    refresh(kassa, customer.refreshToken()).expectError(401, "unauthenticated");
  }

  @Test
  void presentingASpentRefreshTokenRevokesItsWholeFamily(RunningKassa kassa) {
    var customer = kassa.bank().register();
    var renewed = refresh(kassa, customer.refreshToken()).expect(200);
    var newAccess = renewed.get("accessToken").asText();
    kassa.http().get("/v1/auth/me").bearer(newAccess).send().expect(200);

    refresh(kassa, customer.refreshToken()).expectError(401, "unauthenticated");

    refresh(kassa, renewed.get("refreshToken").asText()).expectError(401, "unauthenticated");
    kassa.http().get("/v1/auth/me").bearer(newAccess).send().expectError(401, "unauthenticated");
  }

  @Test
  void emailsAreUniqueWhateverTheirCase(RunningKassa kassa) {
    var customer = kassa.bank().register();
    var shouted = customer.email().toUpperCase(Locale.ROOT);

    kassa
        .http()
        .post("/v1/auth/register")
        .json(
            Map.of(
                "email", shouted,
                "password", "another-password",
                "firstName", "Eve",
                "lastName", "Twin"))
        .send()
        .expectError(409, "email_taken");
    var again = kassa.bank().logIn(shouted, customer.password());

    assertThat(again.id()).isEqualTo(customer.id());
  }

  private static Reply refresh(RunningKassa kassa, String refreshToken) {
    return kassa.http().post("/v1/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
  }
}
