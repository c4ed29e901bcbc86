package dev.kassa.adapters.web.admin;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.operations.EventsHealth;
import dev.kassa.adapters.web.operations.OpenApiDocument;
import dev.kassa.adapters.web.operations.OperationsController;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.product.ProductId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin events routes and the events check of health, over HTTP on the in-memory Kassa. */
class EventsRoutesTest {

  private LiveKassa live;
  private AuthResult admin;

  @BeforeEach
  void start() {
    live =
        LiveKassa.start(
            kassa ->
                List.of(
                    new EventsController(kassa.events()),
                    new OperationsController(
                        Map.of(),
                        OpenApiDocument.fromClasspath(),
                        Duration.ofSeconds(2),
                        new EventsHealth(kassa.events().checkEventDelivery()))));
    admin = live.admin();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private StoredEvent productUpdated() {
    var product = ProductId.newId().toString();
    return live.kassa()
        .events()
        .outbox()
        .append(
            DomainEvent.of(
                EventType.PRODUCT_UPDATED,
                product,
                live.clock().instant(),
                Map.of("productId", product)));
  }

  private JsonNode get(String path) {
    var response = live.send("GET", path, null, LiveKassa.bearer(admin));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestApi.json(response);
  }

  private void dispatch() {
    live.kassa().events().dispatchEvents().execute(10, () -> false);
  }

  @Test
  void anEventReadsAsItsCloudEventWithItsDeliveries() {
    var event = productUpdated();

    var page = get("/v1/admin/events?type=product.updated&subject=" + event.subject());
    var one = get("/v1/admin/events/" + event.id());

    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("data").get(0)).isEqualTo(one);
    assertThat(one.get("specversion").asText()).isEqualTo("1.0");
    assertThat(one.get("id").asText()).isEqualTo(event.id().toString());
    assertThat(one.get("source").asText()).isEqualTo("/kassa");
    assertThat(one.get("type").asText()).isEqualTo("product.updated");
    assertThat(one.get("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(one.get("sequence").asLong()).isEqualTo(1);
    assertThat(one.get("data").get("productId").asText()).isEqualTo(event.subject());
    var delivery = one.get("deliveries").get(0);
    assertThat(delivery.get("subscriber").asText()).isEqualTo("product-cache");
    assertThat(delivery.get("status").asText()).isEqualTo("pending");
    assertThat(delivery.get("attempts").asInt()).isZero();
  }

  @Test
  void statusFiltersByDeliveryAndRedeliveryMakesADeliveredEventPendingAgain() {
    var event = productUpdated();
    dispatch();
    var subject = "&subject=" + event.subject();

    var delivered = get("/v1/admin/events?status=delivered" + subject);
    var pendingBefore = get("/v1/admin/events?status=pending" + subject);
    var redeliver =
        live.send(
            "POST",
            "/v1/admin/events/" + event.id() + "/redeliver",
            "{\"subscriber\":\"product-cache\"}",
            LiveKassa.bearer(admin));
    var pendingAfter = get("/v1/admin/events?status=pending" + subject);

    assertThat(delivered.get("total").asLong()).isEqualTo(1);
    assertThat(delivered.at("/data/0/deliveries/0/deliveredAt").isTextual()).isTrue();
    assertThat(pendingBefore.get("total").asLong()).isZero();
    assertThat(redeliver.statusCode()).as(redeliver.body()).isEqualTo(202);
    assertThat(TestApi.json(redeliver).get("redeliveredTo").get(0).asText())
        .isEqualTo("product-cache");
    assertThat(pendingAfter.get("total").asLong()).isEqualTo(1);
    assertThat(pendingAfter.at("/data/0/deliveries/0/attempts").asInt()).isZero();
  }

  @Test
  void redeliveryWithoutABodyGoesToEverySubscriberAndAnUnknownOneIsRefused() {
    var event = productUpdated();
    var path = "/v1/admin/events/" + event.id() + "/redeliver";

    var everyone = live.send("POST", path, null, LiveKassa.bearer(admin));
    var unknown = live.send("POST", path, "{\"subscriber\":\"nobody\"}", LiveKassa.bearer(admin));

    assertThat(everyone.statusCode()).isEqualTo(202);
    assertThat(TestApi.json(everyone).get("redeliveredTo").size()).isEqualTo(1);
    assertError(unknown, 400, "validation_failed");
  }

  @Test
  void unknownEventsFiltersAndCallersAreRefused() {
    var customer = live.customer();

    assertError(
        live.send("GET", "/v1/admin/events/" + UUID.randomUUID(), null, LiveKassa.bearer(admin)),
        404,
        "not_found");
    assertError(
        live.send("GET", "/v1/admin/events?type=no.such", null, LiveKassa.bearer(admin)),
        400,
        "validation_failed");
    assertError(
        live.send("GET", "/v1/admin/events?status=lost", null, LiveKassa.bearer(admin)),
        400,
        "validation_failed");
    assertError(
        live.send("GET", "/v1/admin/events", null, LiveKassa.bearer(customer)), 403, "forbidden");
    assertError(live.send("GET", "/v1/admin/events", null), 401, "unauthenticated");
    assertError(
        live.send(
            "POST",
            "/v1/admin/events/" + UUID.randomUUID() + "/redeliver",
            null,
            LiveKassa.bearer(customer)),
        403,
        "forbidden");
  }

  @Test
  void healthDegradesWhileTheOldestPendingDeliveryIsPastTheThreshold() {
    var fresh = get("/v1/health");
    productUpdated();
    live.clock().advance(Duration.ofSeconds(61));

    var lagging = get("/v1/health");
    var watchedLagging = live.kassa().events().checkEventDelivery().lag();
    dispatch();
    var caughtUp = get("/v1/health");
    var watchedCaughtUp = live.kassa().events().checkEventDelivery().lag();

    assertThat(fresh.get("status").asText()).isEqualTo("ok");
    assertThat(lagging.get("status").asText()).isEqualTo("degraded");
    assertThat(lagging.at("/checks/events").asText()).isEqualTo("degraded");
    assertThat(lagging.at("/events/lagSeconds").asLong()).isGreaterThanOrEqualTo(61);
    assertThat(lagging.at("/events/pending").asLong()).isEqualTo(1);
    assertThat(lagging.at("/events/reason").asText()).contains("past 60 s");
    assertThat(caughtUp.get("status").asText()).isEqualTo("ok");
    assertThat(caughtUp.at("/events/delivered").asLong()).isEqualTo(1);
    assertThat(caughtUp.at("/events/lagSeconds").asLong()).isZero();
    assertThat(watchedLagging.lagging()).isTrue();
    assertThat(watchedLagging.lag().toSeconds())
        .isEqualTo(lagging.at("/events/lagSeconds").asLong());
    assertThat(watchedCaughtUp.lagging()).isFalse();
    assertThat(watchedCaughtUp.lag()).isZero();
  }
}
