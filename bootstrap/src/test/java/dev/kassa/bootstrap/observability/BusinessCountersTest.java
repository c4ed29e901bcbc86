package dev.kassa.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.kassa.adapters.web.observability.ObservedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class BusinessCountersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final BusinessCounters counters = new BusinessCounters(registry);

  @Test
  void movementsCountPerCurrencyWithTheirMinorUnitsOnlyWhenTheyHappened() throws Exception {
    counters.count(
        post(
            "/v1/transactions",
            201,
            "{\"type\":\"withdrawal\",\"amount\":700,\"currency\":\"eur\"}"));
    counters.count(
        post(
            "/v1/transactions", 201, "{\"type\":\"deposit\",\"amount\":900,\"currency\":\"JPY\"}"));
    counters.count(post("/v1/transfers", 409, "{\"amount\":500,\"currency\":\"EUR\"}"));

    assertThat(count("kassa.withdrawals", "currency", "EUR")).isEqualTo(1);
    assertThat(count("kassa.withdrawals.amount.minor", "currency", "EUR")).isEqualTo(700);
    assertThat(count("kassa.deposits.amount.minor", "currency", "JPY")).isEqualTo(900);
    assertThat(registry.find("kassa.transfers").counter()).isNull();
  }

  @Test
  void aReplayCountsAsAReplayNeverAsTheEffectAgain() throws Exception {
    var body = JSON.readTree("{\"amount\":500,\"currency\":\"EUR\"}");
    counters.count(new ObservedRequest("/v1/transfers", "POST", 201, 1, body, true));

    assertThat(count("kassa.idempotent.replays", "route", "/v1/transfers")).isEqualTo(1);
    assertThat(registry.find("kassa.transfers").counter()).isNull();
  }

  @Test
  void ordersCheckoutsRefundsLoginsLimitsAndWebhooksAreCountedByBoundedWords() throws Exception {
    counters.count(post("/v1/checkout", 409, "{\"paymentMethod\":{\"type\":\"card\"}}"));
    counters.count(post("/v1/checkout", 201, "{\"paymentMethod\":{\"type\":\"bitcoin-42\"}}"));
    counters.count(
        new ObservedRequest(
            "/v1/orders/{id}", "PATCH", 200, 1, JSON.readTree("{\"status\":\"shipped\"}"), false));
    counters.count(post("/v1/orders/{id}/cancel", 200, null));
    counters.count(post("/v1/orders/{id}/refunds", 201, null));
    counters.count(post("/v1/auth/login", 401, null));
    counters.count(post("/v1/auth/login", 200, null));
    counters.count(post("/v1/accounts", 429, null));
    counters.count(post("/v1/webhooks/{provider}", 200, null));
    counters.count(post("/v1/webhooks/{provider}", 400, null));
    counters.count(post("/v1/webhooks/{provider}", 503, null));

    assertThat(count("kassa.checkouts", "method", "card", "outcome", "refused")).isEqualTo(1);
    assertThat(count("kassa.checkouts", "method", "other", "outcome", "placed")).isEqualTo(1);
    assertThat(count("kassa.order.transitions", "to", "placed")).isEqualTo(1);
    assertThat(count("kassa.order.transitions", "to", "shipped")).isEqualTo(1);
    assertThat(count("kassa.order.transitions", "to", "cancelled")).isEqualTo(1);
    assertThat(count("kassa.refunds")).isEqualTo(1);
    assertThat(count("kassa.logins.failed")).isEqualTo(1);
    assertThat(count("kassa.rate.limited", "route", "/v1/accounts")).isEqualTo(1);
    for (var outcome : new String[] {"accepted", "rejected", "failed"}) {
      assertThat(count("kassa.webhook.events", "outcome", outcome)).isEqualTo(1);
    }
  }

  private static ObservedRequest post(String route, int status, String body) throws Exception {
    JsonNode tree = body == null ? MissingNode.getInstance() : JSON.readTree(body);
    return new ObservedRequest(route, "POST", status, 1, tree, false);
  }

  private double count(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }
}
