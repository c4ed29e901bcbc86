package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races for something that must exist once, decided by PostgreSQL: an email, and the cash account
 * of a currency nobody has used yet.
 */
@ExtendWith(KassaServerExtension.class)
class FirstComeE2ETest {

  @Test
  void parallelSignUpsWithOneEmailInAnyCaseMakeOneUser(RunningKassa kassa) {
    var email = "race-" + UUID.randomUUID() + "@example.com";
    var password = "pw-" + UUID.randomUUID();

    var replies =
        Parallel.run(
            8,
            IntStream.range(0, 8)
                .<Supplier<Reply>>mapToObj(
                    i ->
                        () ->
                            kassa
                                .http()
                                .post("/v1/auth/register")
                                .json(
                                    Map.of(
                                        "email",
                                        i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT),
                                        "password",
                                        password,
                                        "firstName",
                                        "Racer",
                                        "lastName",
                                        String.valueOf(i)))
                                .send())
                .toList());

    var created = replies.stream().filter(reply -> reply.status() == 201).toList();
    assertThat(created).hasSize(1);
    replies.stream()
        .filter(reply -> reply.status() != 201)
        .forEach(reply -> reply.expectError(409, "email_taken"));
    var user = kassa.bank().logIn(email, password);
    assertThat(user.id()).isEqualTo(created.getFirst().json().at("/user/id").asText());
  }

  @Test
  void parallelFirstDepositsInACurrencyNobodyUsedYetAllSucceed(RunningKassa kassa) {
    var owners = new ArrayList<Caller>();
    var accounts = new ArrayList<String>();
    for (var i = 0; i < 4; i++) {
      var owner = kassa.bank().register();
      owners.add(owner);
      accounts.add(
          kassa
              .http()
              .post("/v1/accounts")
              .as(owner)
              .json(Map.of("type", "checking", "currency", "NOK"))
              .send()
              .expect(201)
              .get("id")
              .asText());
    }

    var replies =
        Parallel.run(
            8,
            IntStream.range(0, 8)
                .<Supplier<Reply>>mapToObj(
                    i ->
                        () ->
                            kassa
                                .http()
                                .post("/v1/transactions")
                                .as(owners.get(i % 4))
                                .json(
                                    Map.of(
                                        "accountId",
                                        accounts.get(i % 4),
                                        "type",
                                        "deposit",
                                        "amount",
                                        1_000,
                                        "currency",
                                        "NOK"))
                                .send())
                .toList());

    replies.forEach(reply -> reply.expect(201));
    for (var i = 0; i < 4; i++) {
      assertThat(kassa.bank().balance(owners.get(i), accounts.get(i))).isEqualTo(2_000);
    }
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var verification = kassa.http().get("/v1/admin/ledger/verify").as(admin).send().expect(200);
    assertThat(verification.get("problems")).as(verification.toString()).isEmpty();
  }
}
