package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User administration and password routes on the assembled server and PostgreSQL. */
@ExtendWith(KassaServerExtension.class)
class UserAdministrationE2ETest {

  @Test
  void aDisabledUsersTokenIsRefusedOnTheVeryNextRequest(RunningKassa kassa) {
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var customer = kassa.bank().register();
    kassa.http().get("/v1/auth/me").as(customer).send().expect(200);

    var disabled =
        kassa
            .http()
            .patch("/v1/admin/users/" + customer.id())
            .as(admin)
            .json(Map.of("status", "disabled"))
            .send()
            .expect(200);

    assertThat(disabled.get("status").asText()).isEqualTo("disabled");
    kassa.http().get("/v1/auth/me").as(customer).send().expectError(401, "unauthenticated");
    kassa
        .http()
        .post("/v1/auth/login")
        .json(Map.of("email", customer.email(), "password", customer.password()))
        .send()
        .expectError(401, "unauthenticated");
  }

  @Test
  void theOnlyAdminCannotDemoteItself(RunningKassa kassa) {
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var admins =
        kassa.http().get("/v1/admin/users?role=admin&status=active").as(admin).send().expect(200);
    assertThat(admins.get("total").asLong()).isEqualTo(1);

    kassa
        .http()
        .patch("/v1/admin/users/" + admin.id())
        .as(admin)
        .json(Map.of("role", "customer"))
        .send()
        .expectError(409, "invalid_state_transition");
  }

  @Test
  void aResetRequestIsAnsweredAlikeForAKnownAndAnUnknownEmail(RunningKassa kassa) {
    var customer = kassa.bank().register();

    var known =
        kassa.http().post("/v1/auth/password-reset").json(Map.of("email", customer.email())).send();
    var unknown =
        kassa
            .http()
            .post("/v1/auth/password-reset")
            .json(Map.of("email", "nobody-" + customer.id() + "@example.com"))
            .send();

    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
  }
}
