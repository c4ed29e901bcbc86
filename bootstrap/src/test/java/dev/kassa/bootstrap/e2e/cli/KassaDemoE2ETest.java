package dev.kassa.bootstrap.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.RunningKassa;
import dev.kassa.cli.KassaDemo;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/kassa-demo}'s scripted mode runs the example script of the repository against a live
 * server on a database of its own (so the one product in stock is the one made here), and what it
 * printed is what the API then shows.
 */
class KassaDemoE2ETest {

  private static final String EXAMPLE = "../cli/examples/demo-steps.json";

  private static RunningKassa kassa;
  private static String productId;

  @BeforeAll
  static void startWithOneProduct() {
    kassa = RunningKassa.startWith(Map.of());
    Caller admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    productId =
        kassa
            .http()
            .post("/v1/products")
            .as(admin)
            .json(
                Map.of(
                    "sku",
                    "DEMO-" + UUID.randomUUID(),
                    "name",
                    "Walnut desk",
                    "description",
                    "The product the demo buys",
                    "price",
                    1999,
                    "currency",
                    "EUR",
                    "category",
                    "furniture",
                    "stock",
                    5,
                    "imageUrls",
                    List.of()))
            .send()
            .expect(201)
            .get("id")
            .asText();
  }

  @AfterAll
  static void stop() {
    kassa.close();
  }

  private record Outcome(int exitCode, String output) {}

  private static Outcome demo(String... extraArgs) {
    var args = new ArrayList<>(List.of("--script", EXAMPLE, "--base-url", baseUrl()));
    args.addAll(List.of(extraArgs));
    var output = new StringWriter();
    int exit =
        KassaDemo.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(output, true),
            args.toArray(String[]::new));
    return new Outcome(exit, output.toString());
  }

  private static String baseUrl() {
    return "http://127.0.0.1:" + kassa.server().port();
  }

  @Test
  void theExampleScriptBanksAndBuysAndTheApiShowsWhatItPrinted() {
    var email = "demo-" + UUID.randomUUID() + "@example.com";
    var password = "demo-password-" + UUID.randomUUID();

    var outcome = demo("--var", "email=" + email, "--var", "password=" + password);

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    assertThat(outcome.output())
        .contains("[5/12] Deposit 250.00 EUR into checking")
        .contains("/balanceAfter = 250.00 EUR")
        .contains("[6/12] Transfer 75.50 EUR from checking to savings")
        .contains("/closingBalance = 174.50 EUR")
        .contains("/data/0/name = Walnut desk")
        .contains("/total = 19.99 EUR")
        .contains("/balance = 154.51 EUR")
        .contains("Done: 12 steps succeeded.");
    var customer = kassa.bank().logIn(email, password);
    var balances =
        kassa
            .http()
            .get("/v1/accounts")
            .as(customer)
            .send()
            .expect(200)
            .get("data")
            .findValuesAsText("balance");
    assertThat(balances).containsExactlyInAnyOrder("15451", "7550");
    assertThat(
            kassa.http().get("/v1/products/" + productId).send().expect(200).get("stock").asInt())
        .isEqualTo(4);
  }

  @Test
  void aStepTheServerRefusesStopsTheScriptWithTheEnvelopeAndMovesNothing() {
    var email = "overdraw-" + UUID.randomUUID() + "@example.com";
    var password = "demo-password-" + UUID.randomUUID();

    var outcome =
        demo("--var", "email=" + email, "--var", "password=" + password, "--var", "transfer=1000");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.output())
        .contains("[6/12] Transfer 1000.00 EUR from checking to savings")
        .contains("failed: expected 201, got 409")
        .contains("insufficient_funds")
        .containsPattern("request id: \\S+")
        .contains("Stopped at step 6 of 12.")
        .doesNotContain("[7/12]");
    var customer = kassa.bank().logIn(email, password);
    var balances =
        kassa
            .http()
            .get("/v1/accounts")
            .as(customer)
            .send()
            .expect(200)
            .get("data")
            .findValuesAsText("balance");
    assertThat(balances).containsExactlyInAnyOrder("25000", "0");
  }
}
