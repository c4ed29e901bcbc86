package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The banking rules of the contract, enforced by the assembled server on PostgreSQL. */
@ExtendWith(KassaServerExtension.class)
class BankingRulesE2ETest {

  @Test
  void aFrozenAccountNeitherSendsNorReceivesUntilItIsUnfrozen(RunningKassa kassa) {
    var bank = kassa.bank();
    var alice = bank.register();
    var bob = bank.register();
    var alicesAccount = bank.fundedAccount(alice, 1_000);
    var bobsAccount = bank.openAccount(bob);

    assertThat(status(kassa, bob, bobsAccount, "frozen").get("status").asText())
        .isEqualTo("frozen");
    bank.transfer(alice, alicesAccount, bobsAccount, 100).expectError(409, "account_not_active");
    status(kassa, bob, bobsAccount, "active");
    bank.transfer(alice, alicesAccount, bobsAccount, 100).expect(201);
    status(kassa, alice, alicesAccount, "frozen");
    bank.transfer(alice, alicesAccount, bobsAccount, 100).expectError(409, "account_not_active");
    cash(kassa, alice, alicesAccount, "deposit", 100, "EUR")
        .send()
        .expectError(409, "account_not_active");

    assertThat(bank.balance(alice, alicesAccount)).isEqualTo(900);
    assertThat(bank.balance(bob, bobsAccount)).isEqualTo(100);
  }

  @Test
  void anAccountClosesOnlyWhenEmptyAndThenTakesNoMoney(RunningKassa kassa) {
    var bank = kassa.bank();
    var alice = bank.register();
    var closing = bank.fundedAccount(alice, 500);
    var other = bank.fundedAccount(alice, 200);

    kassa
        .http()
        .delete("/v1/accounts/" + closing)
        .as(alice)
        .send()
        .expectError(409, "account_not_empty");
    var emptied = cash(kassa, alice, closing, "withdrawal", 500, "EUR").send().expect(201);
    assertThat(emptied.get("amount").asLong()).isEqualTo(-500);
    assertThat(emptied.get("balanceAfter").asLong()).isZero();
    kassa.http().delete("/v1/accounts/" + closing).as(alice).send().expect(204);

    assertThat(bank.account(alice, closing).get("status").asText()).isEqualTo("closed");
    bank.transfer(alice, other, closing, 50).expectError(409, "account_not_active");
    cash(kassa, alice, closing, "deposit", 50, "EUR").send().expectError(409, "account_not_active");
    assertThat(bank.balance(alice, other)).isEqualTo(200);
  }

  @Test
  void moneyMovesOnlyInTheAccountsCurrencyAndNeverBelowZero(RunningKassa kassa) {
    var bank = kassa.bank();
    var alice = bank.register();
    var euros = bank.fundedAccount(alice, 1_000);
    var dollars =
        kassa
            .http()
            .post("/v1/accounts")
            .as(alice)
            .json(Map.of("type", "savings", "currency", "USD"))
            .send()
            .expect(201)
            .get("id")
            .asText();

    bank.transfer(alice, euros, dollars, 100).expectError(422, "currency_mismatch");
    cash(kassa, alice, euros, "deposit", 100, "USD").send().expectError(422, "currency_mismatch");
    cash(kassa, alice, euros, "withdrawal", 1_001, "EUR")
        .send()
        .expectError(409, "insufficient_funds");
    bank.transfer(alice, euros, euros, 100).expectError(400, "validation_failed");
    bank.transfer(alice, euros, dollars, 0).expectError(400, "validation_failed");
    bank.transfer(alice, euros, dollars, -5).expectError(400, "validation_failed");
    bank.transfer(alice, euros, UUID.randomUUID().toString(), 100).expectError(404, "not_found");

    assertThat(bank.balance(alice, euros)).isEqualTo(1_000);
    assertThat(bank.balance(alice, dollars)).isZero();
    assertThat(bank.transactions(alice, "").get("total").asLong()).isEqualTo(1);
  }

  private static JsonNode status(
      RunningKassa kassa, Caller owner, String accountId, String status) {
    return kassa
        .http()
        .patch("/v1/accounts/" + accountId)
        .as(owner)
        .json(Map.of("status", status))
        .send()
        .expect(200);
  }

  private static KassaHttp.Request cash(
      RunningKassa kassa,
      Caller owner,
      String accountId,
      String type,
      long cents,
      String currency) {
    return kassa
        .http()
        .post("/v1/transactions")
        .as(owner)
        .json(Map.of("accountId", accountId, "type", type, "amount", cents, "currency", currency));
  }
}
