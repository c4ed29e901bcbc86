package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency keys on the assembled server: a retry never moves money twice. */
@ExtendWith(KassaServerExtension.class)
class IdempotencyE2ETest {

  @Test
  void aRetriedDepositReplaysTheFirstAnswerAndDepositsOnce(RunningKassa kassa) {
    var customer = kassa.bank().register();
    var account = kassa.bank().openAccount(customer);
    var key = UUID.randomUUID().toString();

    var first = deposit(kassa, customer, account, key, 700).expect(201);
    var retry = deposit(kassa, customer, account, key, 700);

    assertThat(retry.expect(201)).isEqualTo(first);
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    deposit(kassa, customer, account, key, 800).expectError(422, "idempotency_key_reused");
    assertThat(kassa.bank().balance(customer, account)).isEqualTo(700);
    assertThat(kassa.bank().transactions(customer, "").get("total").asLong()).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyBelongsToItsCaller(RunningKassa kassa) {
    var alice = kassa.bank().register();
    var bob = kassa.bank().register();
    var alicesAccount = kassa.bank().openAccount(alice);
    var bobsAccount = kassa.bank().openAccount(bob);
    var key = UUID.randomUUID().toString();

    var alices = deposit(kassa, alice, alicesAccount, key, 100);
    var bobs = deposit(kassa, bob, bobsAccount, key, 200);

    assertThat(alices.expect(201).get("accountId").asText()).isEqualTo(alicesAccount);
    assertThat(bobs.expect(201).get("accountId").asText()).isEqualTo(bobsAccount);
    assertThat(bobs.header("Idempotent-Replayed")).isEmpty();
    assertThat(kassa.bank().balance(alice, alicesAccount)).isEqualTo(100);
    assertThat(kassa.bank().balance(bob, bobsAccount)).isEqualTo(200);
  }

  private static Reply deposit(
      RunningKassa kassa, Caller owner, String account, String key, long cents) {
    return kassa
        .http()
        .post("/v1/transactions")
        .as(owner)
        .header("Idempotency-Key", key)
        .json(
            Map.of(
                "accountId",
                account,
                "type",
                "deposit",
                "amount",
                cents,
                "currency",
                Bank.CURRENCY))
        .send();
  }
}
