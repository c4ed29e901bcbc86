package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What start-up sets up: the migrated database and the administrator from the environment. */
@ExtendWith(KassaServerExtension.class)
class AdminStartupE2ETest {

  @Test
  void theAdministratorFromTheEnvironmentLogsInAndReachesAdminRoutes(RunningKassa kassa) {
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());

    var me = kassa.http().get("/v1/auth/me").as(admin).send().expect(200);
    assertThat(me.get("role").asText()).isEqualTo("admin");
    var verification = kassa.http().get("/v1/admin/ledger/verify").as(admin).send().expect(200);
    assertThat(verification.get("ok").asBoolean()).isTrue();
    var audit = kassa.http().get("/v1/admin/audit-events?limit=100").as(admin).send().expect(200);
    assertThat(audit.get("data"))
        .anySatisfy(
            event -> {
              assertThat(event.get("type").asText()).isEqualTo("auth.login_succeeded");
              assertThat(event.get("actorId").asText()).isEqualTo(admin.id());
            });
  }

  @Test
  void theAdministratorsPasswordIsCheckedLikeAnyOther(RunningKassa kassa) {
    kassa
        .http()
        .post("/v1/auth/login")
        .json(Map.of("email", kassa.adminEmail(), "password", "not-the-admin-password"))
        .send()
        .expectError(401, "unauthenticated");
  }

  @Test
  void aRestartOnTheSameDatabaseKeepsItsUsersAndItsAdministrator(RunningKassa kassa) {
    var customer = kassa.bank().register();
    var account = kassa.bank().fundedAccount(customer, 4_200);

    try (var restarted = KassaServer.start(KassaConfig.fromEnvironment(kassa.configuration()))) {
      var bank = new Bank(new KassaHttp(restarted.port(), OpenApiContract.fromClasspath()));
      var again = bank.logIn(customer.email(), customer.password());
      assertThat(bank.balance(again, account)).isEqualTo(4_200);
      var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
      assertThat(admin.id())
          .isEqualTo(kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword()).id());
    }
  }
}
