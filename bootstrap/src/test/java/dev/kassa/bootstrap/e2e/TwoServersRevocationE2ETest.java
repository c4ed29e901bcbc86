package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A token revoked through one server is refused by the other on the very next request, for a read
 * and for a transfer (which then moves nothing), though the other server had just accepted it:
 * after a logout, a password change, a disabled user and a changed role.
 */
class TwoServersRevocationE2ETest {

  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis(1_000_000);
  private static final long FUNDS = 1_000;

  @AfterAll
  static void stop() {
    KASSA.close();
  }

  @Test
  void aLogoutThroughOneServerIsSeenByTheOtherAtOnce() {
    assertRevokedOnB(
        (caller, admin) -> KASSA.httpA.post("/v1/auth/logout").as(caller).send().expect(204));
  }

  @Test
  void aPasswordChangeThroughOneServerEndsTheOtherSessionsOnBothAtOnce() {
    assertRevokedOnB(
        (caller, admin) -> {
          var otherSession = new Bank(KASSA.httpA).logIn(caller.email(), caller.password());
          KASSA
              .httpA
              .post("/v1/auth/password")
              .as(otherSession)
              .json(
                  Map.of(
                      "currentPassword",
                      caller.password(),
                      "newPassword",
                      "a new and longer passphrase"))
              .send()
              .expect(204);
        });
  }

  @Test
  void aUserDisabledThroughOneServerIsRefusedByTheOtherAtOnce() {
    assertRevokedOnB((caller, admin) -> administer(caller, admin, Map.of("status", "disabled")));
  }

  @Test
  void aRoleChangedThroughOneServerEndsTheOldTokenOnTheOtherAtOnce() {
    assertRevokedOnB((caller, admin) -> administer(caller, admin, Map.of("role", "admin")));
  }

  private static void administer(Caller caller, Caller admin, Map<String, String> change) {
    KASSA.httpA.patch("/v1/admin/users/" + caller.id()).as(admin).json(change).send().expect(200);
  }

  /**
   * {@code revoke} (given the caller and an administrator) ends the caller's token through server A
   * after server B served it: B's very next read and transfer with it are refused, and no money
   * moves.
   */
  private static void assertRevokedOnB(BiConsumer<Caller, Caller> revoke) {
    var bankA = new Bank(KASSA.httpA);
    var admin = bankA.logIn(KASSA.adminEmail, KASSA.adminPassword);
    var caller = bankA.register();
    var source = bankA.fundedAccount(caller, FUNDS);
    var destination = bankA.openAccount(bankA.register());
    var bankB = new Bank(KASSA.httpB);
    bankB.account(caller, source);
    bankB.transfer(caller, source, destination, 1).expect(201);

    revoke.accept(caller, admin);

    KASSA.httpB.get("/v1/accounts/" + source).as(caller).send().expectError(401, "unauthenticated");
    bankB.transfer(caller, source, destination, 1).expectError(401, "unauthenticated");
    KASSA.httpB.get("/v1/auth/me").as(caller).send().expectError(401, "unauthenticated");
    assertThat(bankB.balance(admin, source)).isEqualTo(FUNDS - 1);
  }
}
