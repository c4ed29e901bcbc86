package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMS and Slack on the assembled server, against one local stub that answers like the SMS provider
 * and like a Slack incoming webhook. The events are handed to the subscribers as the dispatcher
 * does.
 */
class SmsAndSlackE2ETest {

  private record Received(String path, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer stub;
  private RunningKassa kassa;

  @BeforeEach
  void start() throws IOException {
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(exchange.getRequestURI().getPath(), body));
          var answer = "{\"sid\":\"SM1\",\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
          var status = exchange.getRequestURI().getPath().startsWith("/2010") ? 201 : 200;
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    stub.start();
    var base = "http://127.0.0.1:" + stub.getAddress().getPort();
    kassa =
        RunningKassa.startWith(
            Map.of(
                "SMS_PROVIDER_URL", base,
                "SMS_ACCOUNT_SID", "AC42",
                "SMS_AUTH_TOKEN", "token-42",
                "SMS_FROM", "+15550001111",
                "SLACK_WEBHOOK_URL", base + "/services/T0/B0/x"));
  }

  @AfterEach
  void stop() {
    kassa.close();
    stub.stop(0);
  }

  private List<String> sms() {
    return received.stream()
        .filter(request -> request.path().equals("/2010-04-01/Accounts/AC42/Messages.json"))
        .map(request -> URLDecoder.decode(request.body(), StandardCharsets.UTF_8))
        .toList();
  }

  private List<String> slack() {
    return received.stream()
        .filter(request -> request.path().equals("/services/T0/B0/x"))
        .map(Received::body)
        .toList();
  }

  @Test
  void moneyArrivingTextsOnlyCustomersWithAPhoneWhoTurnedSmsOn() {
    var withSms = kassa.bank().register();
    var without = kassa.bank().register();
    kassa
        .http()
        .patch("/v1/auth/me")
        .as(withSms)
        .json(Map.of("phone", "+491701234567", "notifications", Map.of("sms", true)))
        .send()
        .expect(200);
    kassa
        .http()
        .patch("/v1/auth/me")
        .as(without)
        .json(Map.of("phone", "+491709999999"))
        .send()
        .expect(200);

    kassa.bank().fundedAccount(withSms, 1_050);
    kassa.bank().fundedAccount(without, 1_050);
    kassa.deliveries().deliverNew();

    assertThat(sms())
        .singleElement()
        .asString()
        .contains("To=+491701234567", "From=+15550001111", "Body=Kassa: EUR 10.50 was deposited");
  }

  @Test
  void aPaidOrderAndLowStockReachTheOperatorsOnSlack() {
    var buyer = kassa.bank().register();
    var account = kassa.bank().fundedAccount(buyer, 100_000);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var fields = new HashMap<>(ValidBodies.newProduct());
    fields.put("stock", 6);
    var product = kassa.http().post("/v1/products").as(admin).json(fields).send().expect(201);
    kassa
        .http()
        .post("/v1/cart/items")
        .as(buyer)
        .json(Map.of("productId", product.get("id").asText(), "quantity", 1))
        .send()
        .expect(201);
    var order =
        kassa
            .http()
            .post("/v1/checkout")
            .as(buyer)
            .json(ValidBodies.payFrom(account))
            .send()
            .expect(201);

    kassa.deliveries().deliverNew();

    assertThat(slack())
        .anySatisfy(
            text -> assertThat(text).contains("Order " + order.get("id").asText() + " paid"))
        .anySatisfy(text -> assertThat(text).contains("Stock low: " + product.get("sku").asText()));
  }
}
