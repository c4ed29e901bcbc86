package dev.kassa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command against a stand-in server that answers every call alike, so what is checked here is
 * the client's side: prompting, placeholders, headers, printing, exit codes. The real flow against
 * a running Kassa is tested in the bootstrap module.
 */
class KassaDemoTest {

  private static final String EVERYTHING =
      """
      {"id":"obj-1","user":{"id":"user-1","role":"customer"},"accessToken":"token-1",
       "tokenType":"Bearer","expiresIn":900,"amount":7550,"balance":17450,"currency":"EUR",
       "availableBalance":17450,"balanceAfter":25000,"status":"completed","openingBalance":0,
       "totalCredits":25000,"totalDebits":7550,"closingBalance":17450,
       "data":[{"id":"product-1","name":"Desk","price":1999,"currency":"EUR"}],
       "orderId":"order-1","total":1999}
      """;

  private final List<String> calls = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String baseUrl;

  @TempDir Path dir;

  @BeforeEach
  void startStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().toString();
    calls.add(
        exchange.getRequestMethod()
            + " "
            + path
            + " auth="
            + exchange.getRequestHeaders().getFirst("Authorization")
            + " key="
            + (exchange.getRequestHeaders().getFirst("Idempotency-Key") != null)
            + " "
            + body);
    boolean csv = "text/csv".equals(exchange.getRequestHeaders().getFirst("Accept"));
    boolean refused = body.contains("\"amount\":999999");
    String reply =
        refused
            ? "{\"error\":{\"code\":\"insufficient_funds\",\"message\":\"Not enough money.\","
                + "\"details\":{\"available\":17450},\"requestId\":\"req-42\"}}"
            : csv ? "date,amount\n2026-12-07,25000\n2026-12-07,-7550\n" : EVERYTHING;
    int status =
        refused
            ? 409
            : exchange.getRequestMethod().equals("POST") && !path.endsWith("/login") ? 201 : 200;
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", csv ? "text/csv" : "application/json");
    exchange.getResponseHeaders().add("X-Request-Id", "req-42");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private record Outcome(int exitCode, String output) {}

  private Outcome run(String stdin, String... args) {
    var output = new StringWriter();
    int exit =
        KassaDemo.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(output, true),
            args);
    return new Outcome(exit, output.toString());
  }

  @Test
  void theExampleScriptRunsEveryStepWithItsTokenKeysAndValues() {
    var outcome =
        run(
            "",
            "--script",
            "examples/demo-steps.json",
            "--base-url",
            baseUrl,
            "--var",
            "deposit=250");

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    assertThat(outcome.output())
        .contains("[1/12] Sign up as ada-")
        .contains("[5/12] Deposit 250.00 EUR into checking")
        .contains("/balanceAfter = 250.00 EUR")
        .contains("/data/0/name = Desk")
        .contains("| date,amount")
        .contains("Done: 12 steps succeeded.");
    assertThat(calls).hasSize(12);
    assertThat(calls.get(0)).startsWith("POST /v1/auth/register auth=null key=false");
    assertThat(calls.get(4))
        .startsWith("POST /v1/transactions auth=Bearer token-1 key=true")
        .contains("\"amount\":25000")
        .contains("\"accountId\":\"obj-1\"");
    assertThat(calls.get(7)).matches("GET /v1/statements/obj-1\\?from=\\d{4}-\\d\\d-\\d\\d&to=.*");
  }

  @Test
  void interactiveModeAsksForTheBaseUrlAndEveryValueAndTakesDefaultsOnEnter() {
    var answers = String.join("\n", baseUrl, "Grace", "", "grace@example.com", "", "", "", "12.25");

    var outcome = run(answers + "\n");

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    assertThat(outcome.output())
        .contains("Kassa base URL [http://localhost:8080]: ")
        .contains("Your last name [Lovelace]: ")
        .contains("[6/12] Transfer 12.25 EUR from checking to savings");
    assertThat(calls.get(0))
        .contains("\"email\":\"grace@example.com\"")
        .contains("\"firstName\":\"Grace\"")
        .contains("\"lastName\":\"Lovelace\"");
    assertThat(calls.get(5)).contains("\"amount\":1225");
  }

  @Test
  void aFailedStepStopsTheRunShowsTheErrorEnvelopeAndExitsNonZero() throws IOException {
    Path script = dir.resolve("overdraw.json");
    Files.writeString(
        script,
        """
        {"name": "overdraw", "inputs": [{"name": "token", "default": "t"}],
         "steps": [
          {"name": "Take too much", "method": "POST", "path": "/v1/transfers", "as": "token",
           "idempotent": true, "expect": 201, "body": {"amount": 999999}},
          {"name": "Never run", "method": "GET", "path": "/v1/accounts", "expect": 200}]}
        """);

    var outcome = run("", "--script", script.toString(), "--base-url", baseUrl);

    assertThat(outcome.exitCode()).isEqualTo(KassaDemo.FAILED_STEP);
    assertThat(outcome.output())
        .contains("failed: expected 201, got 409")
        .contains("insufficient_funds: Not enough money.")
        .contains("details: {\"available\":17450}")
        .contains("request id: req-42")
        .contains("Stopped at step 1 of 2.")
        .doesNotContain("Never run");
    assertThat(calls).hasSize(1);
  }

  @Test
  void aValueMissingFromAReplyOrAnUnknownVariableFailsTheStep() throws IOException {
    Path script = dir.resolve("missing.json");
    Files.writeString(
        script,
        """
        {"name": "missing", "steps": [
          {"name": "Save what is not there", "method": "GET", "path": "/v1/x", "expect": 200,
           "save": {"nothing": "/no/such/field"}},
          {"name": "Use it", "method": "GET", "path": "/v1/${nothing}", "expect": 200}]}
        """);

    var outcome = run("", "--script", script.toString(), "--base-url", baseUrl);

    assertThat(outcome.exitCode()).isEqualTo(KassaDemo.FAILED_STEP);
    assertThat(outcome.output()).contains("the reply has nothing at /no/such/field");
  }

  @Test
  void anUnreachableServerIsAFailedStepNotAStackTrace() {
    server.stop(0);

    var outcome = run("", "--script", "examples/demo-steps.json", "--base-url", baseUrl);

    assertThat(outcome.exitCode()).isEqualTo(KassaDemo.FAILED_STEP);
    assertThat(outcome.output()).contains("cannot reach Kassa at").doesNotContain("at java.");
  }

  @Test
  void anUnreadableScriptOrBadUrlOrBadAmountIsReportedBeforeAnythingRuns() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"name\": \"no steps\", \"steps\": []}");

    assertThat(run("", "--script", broken.toString()).output())
        .contains("cannot read the script")
        .contains("at least one step");
    assertThat(run("", "--script", "examples/demo-steps.json", "--base-url", "ftp://x").exitCode())
        .isEqualTo(KassaDemo.BAD_SCRIPT);
    assertThat(
            run(
                    "",
                    "--script",
                    "examples/demo-steps.json",
                    "--base-url",
                    baseUrl,
                    "--var",
                    "deposit=abc")
                .output())
        .contains("'abc' is not an amount");
    assertThat(calls).isEmpty();
  }
}
