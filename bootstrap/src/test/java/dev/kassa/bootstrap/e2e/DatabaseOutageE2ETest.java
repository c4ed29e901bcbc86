package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under load and started again, with the server running throughout: requests
 * answer {@code 503 unavailable} with {@code Retry-After} within the connect timeout (plus a margin
 * for a loaded machine), health names the failing check, nothing acknowledged is lost, and service
 * resumes without restarting Kassa.
 */
class DatabaseOutageE2ETest {

  private static final long FUNDS = 1_000_000;
  private static final Duration ANSWER_BOUND =
      KassaOnOwnPostgres.CONNECT_TIMEOUT.plus(Duration.ofSeconds(3));

  // Named predicates the load's outcomes are counted by, read as sentences in the tests.
  @SuppressWarnings("UnnecessaryLambda")
  private static final Predicate<TransferLoad.Outcome> CREATED = o -> o.reply().status() == 201;

  @SuppressWarnings("UnnecessaryLambda")
  private static final Predicate<TransferLoad.Outcome> UNAVAILABLE = o -> o.reply().status() == 503;

  @TempDir Path dataDir;

  @Test
  void anOutageMidLoadAnswers503InTimeLosesNothingAndServiceResumes() throws Exception {
    try (var kassa = KassaOnOwnPostgres.startIn(dataDir)) {
      var bank = kassa.bank();
      var owner = bank.register();
      var from = bank.fundedAccount(owner, FUNDS);
      var to = bank.fundedAccount(owner, FUNDS);
      var load = TransferLoad.start(bank, owner, from, to, 4);
      load.awaitMore(20, CREATED, Duration.ofSeconds(30));

      kassa.postgres().stop();
      load.awaitMore(8, UNAVAILABLE, Duration.ofSeconds(30));
      var health = kassa.http().get("/v1/health").send().expectError(503, "unavailable");
      assertThat(health.at("/details/checks/database").asText()).isEqualTo("failing");

      kassa.postgres().start();
      awaitHealthy(kassa.http(), Duration.ofSeconds(15));
      load.awaitMore(20, CREATED, Duration.ofSeconds(30));
      var outcomes = load.stop();

      for (var outcome : outcomes) {
        var reply = outcome.reply();
        assertThat(reply.status()).as(reply.describe()).isIn(201, 503);
        if (reply.status() == 503) {
          reply.expectError(503, "unavailable");
          assertThat(reply.header("Retry-After")).as(reply.describe()).isPresent();
          assertThat(outcome.took()).as(reply.describe()).isLessThanOrEqualTo(ANSWER_BOUND);
        }
      }
      var acknowledged = outcomes.stream().filter(CREATED).toList();
      for (var created : acknowledged) {
        var id = created.reply().json().get("id").asText();
        kassa.http().get("/v1/transfers/" + id).as(owner).send().expect(200);
      }
      var moved = bank.balance(owner, to) - FUNDS;
      assertThat(moved).isBetween((long) acknowledged.size(), (long) outcomes.size());
      assertThat(bank.balance(owner, from) + bank.balance(owner, to)).isEqualTo(2 * FUNDS);
      var verification =
          kassa.http().get("/v1/admin/ledger/verify").as(kassa.admin()).send().expect(200);
      assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
    }
  }

  private static void awaitHealthy(KassaHttp http, Duration limit) throws InterruptedException {
    var deadline = System.nanoTime() + limit.toNanos();
    while (http.get("/v1/health").send().status() != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server did not recover within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
