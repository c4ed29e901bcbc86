package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo story over real HTTP on PostgreSQL, every response checked against the OpenAPI document:
 * register, log in, open two accounts, deposit, transfer, then read it all back and check that it
 * adds up.
 */
@ExtendWith(KassaServerExtension.class)
class DemoFlowE2ETest {

  @Test
  void aCustomerBanksFromRegistrationToStatementAndEverythingAddsUp(RunningKassa kassa) {
    var http = kassa.http();
    var email = "Grace-" + UUID.randomUUID() + "@Example.com";
    var password = "pw-" + UUID.randomUUID();

    var registered =
        http.post("/v1/auth/register")
            .json(
                Map.of(
                    "email", email,
                    "password", password,
                    "firstName", "Grace",
                    "lastName", "Hopper",
                    "dateOfBirth", "1906-12-09"))
            .send()
            .expect(201);
    assertThat(registered.at("/user/email").asText()).isEqualToIgnoringCase(email);
    assertThat(registered.at("/user/role").asText()).isEqualTo("customer");
    assertThat(registered.at("/user/dateOfBirth").asText()).isEqualTo("1906-12-09");
    assertThat(registered.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(registered.get("expiresIn").asLong()).isPositive();

    var grace = kassa.bank().logIn(email.toLowerCase(Locale.ROOT), password);
    var me = http.get("/v1/auth/me").as(grace).send().expect(200);
    assertThat(me.get("id").asText()).isEqualTo(registered.at("/user/id").asText());

    var checking =
        http.post("/v1/accounts")
            .as(grace)
            .json(Map.of("type", "checking", "currency", "EUR", "name", "Everyday"))
            .send()
            .expect(201);
    var savings =
        http.post("/v1/accounts")
            .as(grace)
            .json(Map.of("type", "savings", "currency", "EUR"))
            .send()
            .expect(201);
    assertThat(checking.get("ownerId").asText()).isEqualTo(grace.id());
    assertThat(checking.get("status").asText()).isEqualTo("active");
    assertThat(checking.get("balance").asLong()).isZero();
    var checkingId = checking.get("id").asText();
    var savingsId = savings.get("id").asText();

    var deposit =
        http.post("/v1/transactions")
            .as(grace)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(
                Map.of(
                    "accountId", checkingId,
                    "type", "deposit",
                    "amount", 10_000,
                    "currency", "EUR",
                    "description", "salary"))
            .send()
            .expect(201);
    assertThat(deposit.get("amount").asLong()).isEqualTo(10_000);
    assertThat(deposit.get("balanceAfter").asLong()).isEqualTo(10_000);

    var transfer =
        http.post("/v1/transfers")
            .as(grace)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(
                Map.of(
                    "fromAccountId",
                    checkingId,
                    "toAccountId",
                    savingsId,
                    "amount",
                    2_550,
                    "currency",
                    "EUR",
                    "description",
                    "rainy day"))
            .send()
            .expect(201);
    assertThat(transfer.get("status").asText()).isEqualTo("completed");
    assertThat(transfer.get("amount").asLong()).isEqualTo(2_550);
    var transferId = transfer.get("id").asText();

    var checkingNow = kassa.bank().account(grace, checkingId);
    var savingsNow = kassa.bank().account(grace, savingsId);
    assertThat(checkingNow.get("balance").asLong()).isEqualTo(7_450);
    assertThat(checkingNow.get("availableBalance").asLong()).isEqualTo(7_450);
    assertThat(savingsNow.get("balance").asLong()).isEqualTo(2_550);
    var listed = http.get("/v1/accounts").as(grace).send().expect(200);
    assertThat(listed.get("total").asLong()).isEqualTo(2);

    var log = kassa.bank().transactions(grace, "");
    assertThat(log.get("total").asLong()).isEqualTo(3);
    var lines = log.get("data").valueStream().toList();
    assertThat(lines)
        .extracting(line -> line.get("type").asText() + " " + line.get("amount").asLong())
        .containsExactlyInAnyOrder("deposit 10000", "transfer_out -2550", "transfer_in 2550");
    assertThat(lines.getLast().get("type").asText()).isEqualTo("deposit");
    assertThat(lines)
        .filteredOn(line -> line.get("type").asText().startsWith("transfer_"))
        .allSatisfy(
            line -> {
              assertThat(line.at("/reference/kind").asText()).isEqualTo("transfer");
              assertThat(line.at("/reference/id").asText()).isEqualTo(transferId);
            });
    var checkingLog = kassa.bank().transactions(grace, "accountId=" + checkingId);
    assertThat(checkingLog.get("total").asLong()).isEqualTo(2);
    var deposits = kassa.bank().transactions(grace, "type=deposit");
    assertThat(deposits.get("total").asLong()).isEqualTo(1);
    var today = LocalDate.now(ZoneOffset.UTC);
    var todays = kassa.bank().transactions(grace, "from=" + today + "&to=" + today);
    assertThat(todays.get("total").asLong()).isEqualTo(3);
    var later = kassa.bank().transactions(grace, "from=" + today.plusDays(1));
    assertThat(later.get("total").asLong()).isZero();
    var secondPage = http.get("/v1/transactions?limit=1&offset=1").as(grace).send().expect(200);
    assertThat(secondPage.get("data")).hasSize(1);
    assertThat(secondPage.get("data").get(0)).isEqualTo(lines.get(1));
    assertThat(secondPage.get("total").asLong()).isEqualTo(3);
    var oneLine =
        http.get("/v1/transactions/" + deposit.get("id").asText()).as(grace).send().expect(200);
    assertThat(oneLine).isEqualTo(deposit);

    var transfers = http.get("/v1/transfers").as(grace).send().expect(200);
    assertThat(transfers.get("total").asLong()).isEqualTo(1);
    assertThat(http.get("/v1/transfers/" + transferId).as(grace).send().expect(200))
        .isEqualTo(transfer);

    var statement = statement(kassa, grace, checkingId, "");
    StatementChecks.assertAddsUp(statement);
    assertThat(statement.get("openingBalance").asLong()).isZero();
    assertThat(statement.get("totalCredits").asLong()).isEqualTo(10_000);
    assertThat(statement.get("totalDebits").asLong()).isEqualTo(2_550);
    assertThat(statement.get("closingBalance").asLong()).isEqualTo(7_450);
    assertThat(statement.get("transactions")).hasSize(2);
    var savingsStatement = statement(kassa, grace, savingsId, "");
    StatementChecks.assertAddsUp(savingsStatement);
    assertThat(savingsStatement.get("closingBalance").asLong()).isEqualTo(2_550);
    var tomorrow = today.plusDays(1);
    var future = statement(kassa, grace, checkingId, "?from=" + tomorrow + "&to=" + tomorrow);
    assertThat(future.get("openingBalance").asLong()).isEqualTo(7_450);
    assertThat(future.get("closingBalance").asLong()).isEqualTo(7_450);
    assertThat(future.get("transactions")).isEmpty();

    var csv =
        http.get("/v1/statements/" + checkingId).as(grace).header("Accept", "text/csv").send();
    assertThat(csv.status()).as(csv.describe()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
    StatementChecks.assertCsvMatches(csv.body(), statement);

    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
    assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.get("problems")).isEmpty();
  }

  private static JsonNode statement(
      RunningKassa kassa, Caller reader, String accountId, String query) {
    return kassa.http().get("/v1/statements/" + accountId + query).as(reader).send().expect(200);
  }
}
