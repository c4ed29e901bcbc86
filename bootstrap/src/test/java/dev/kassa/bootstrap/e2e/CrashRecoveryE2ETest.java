package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.adapters.web.testing.OpenApiContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real server in a second JVM, killed with SIGKILL while transfers are in flight, then started
 * again on the same database: every cut-off key is answered at once on retry (never {@code 409
 * idempotency_key_in_use}), and every key moved money exactly once.
 */
class CrashRecoveryE2ETest {

  private static final long INITIAL = 1_000_000;
  private static final long AMOUNT = 100;
  private static final Duration PROMPT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LOGS = Path.of("target", "crash-e2e");

  private final String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
  private final String adminPassword = "admin-" + UUID.randomUUID();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void retriesOfTransfersCutOffByAKilledServerAreAnsweredAtOnceAndMoveMoneyOnce() throws Exception {
    var environment = environment();
    Caller sender;
    String source;
    String destination;
    String body;
    TransferBurst burst;
    try (var first = ServerProcess.start(environment, LOGS.resolve("before-kill.log"))) {
      var bank = new Bank(http(first));
      sender = bank.register();
      source = bank.fundedAccount(sender, INITIAL);
      destination = bank.openAccount(sender);
      body =
          "{\"fromAccountId\":\"%s\",\"toAccountId\":\"%s\",\"amount\":%d,\"currency\":\"EUR\"}"
              .formatted(source, destination, AMOUNT);
      burst = TransferBurst.start(8, first.port(), sender.accessToken(), body);
      burst.awaitAnswered(30, Duration.ofSeconds(20));
      first.kill();
      burst.close();
    }
    var keys = burst.keys();
    var answered = burst.answered();
    assertThat(answered).as("transfers answered before the kill").isNotEmpty();
    assertThat(keys.size()).as("keys cut off in flight").isGreaterThan(answered.size());

    try (var second = ServerProcess.start(environment, LOGS.resolve("after-restart.log"))) {
      var http = http(second);
      var bank = new Bank(http);
      var replayed = 0;
      for (var key : keys) {
        var started = System.nanoTime();
        var retry =
            http.post("/v1/transfers")
                .as(sender)
                .header("Idempotency-Key", key)
                .body("application/json", body)
                .send();
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(retry.status()).as(retry.describe()).isEqualTo(201);
        assertThat(elapsed).as("retry of " + key).isLessThan(PROMPT);
        if (retry.header("Idempotent-Replayed").isPresent()) {
          replayed++;
        }
        if (answered.containsKey(key)) {
          assertThat(retry.header("Idempotent-Replayed")).as(key).contains("true");
          assertThat(retry.json()).isEqualTo(JSON.readTree(answered.get(key)));
        }
      }
      System.out.printf(
          "%d keys sent, %d answered before the kill, %d replayed after the restart%n",
          keys.size(), answered.size(), replayed);
      assertThat(bank.balance(sender, source)).isEqualTo(INITIAL - keys.size() * AMOUNT);
      assertThat(bank.balance(sender, destination)).isEqualTo(keys.size() * AMOUNT);
      var transfers = http.get("/v1/transfers").as(sender).send().expect(200);
      assertThat(transfers.get("total").asLong()).isEqualTo(keys.size());
      var admin = bank.logIn(adminEmail, adminPassword);
      var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
      assertThat(verification.get("problems")).as(verification.toString()).isEmpty();
      assertThat(verification.get("ok").asBoolean()).isTrue();
    }
  }

  private static KassaHttp http(ServerProcess server) {
    return new KassaHttp(server.port(), OpenApiContract.fromClasspath());
  }

  private Map<String, String> environment() {
    var database = TestDatabase.emptyDatabase();
    var variables = new HashMap<String, String>();
    variables.put("KASSA_ENV", "test");
    variables.put("DATABASE_URL", database.url());
    if (database.user() != null) {
      variables.put("DATABASE_USER", database.user());
    }
    if (database.password() != null) {
      variables.put("DATABASE_PASSWORD", database.password());
    }
    variables.put("JWT_SECRET", "crash-test-" + UUID.randomUUID() + UUID.randomUUID());
    variables.put("BCRYPT_COST", "10");
    variables.put("RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000");
    variables.put("RATE_LIMIT_AUTH_PER_MINUTE", "1000000");
    variables.put("KASSA_ADMIN_EMAIL", adminEmail);
    variables.put("KASSA_ADMIN_PASSWORD", adminPassword);
    return variables;
  }
}
