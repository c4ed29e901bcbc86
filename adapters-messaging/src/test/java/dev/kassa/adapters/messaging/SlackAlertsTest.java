package dev.kassa.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.application.notifications.OperatorAlerts;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackAlertsTest {

  private StubServer slack;
  private OperatorAlerts alerts;

  @BeforeEach
  void startSlack() throws Exception {
    slack = new StubServer();
    slack.answer(200, "ok");
    alerts = new OperatorAlerts(new SlackAlerts(slack.url().resolve("/services/T0/B0/secret")));
  }

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  private static StoredEvent event(EventType type, Map<String, ?> data) {
    return new StoredEvent(DomainEvent.of(type, "subject-1", Instant.now(), data), 1);
  }

  private String textOf(int index) throws Exception {
    var request = slack.received().get(index);
    assertThat(request.path()).isEqualTo("/services/T0/B0/secret");
    assertThat(request.contentType()).isEqualTo("application/json");
    return new ObjectMapper().readTree(request.body()).get("text").asText();
  }

  @Test
  void operatorsHearOfPaidOrdersLowStockDisabledEndpointsAndDeadDeliveries() throws Exception {
    alerts.deliver(
        event(EventType.ORDER_PAID, Map.of("orderId", "o-7", "total", 1050, "currency", "EUR")));
    alerts.deliver(event(EventType.STOCK_LOW, Map.of("sku", "MUG-1", "stock", 2, "threshold", 5)));
    alerts.deliver(
        event(EventType.WEBHOOK_ENDPOINT_DISABLED, Map.of("url", "https://shop.example/hook")));
    var dead = EventId.newId();
    alerts.deadDelivery(dead, "mail", "the mail server did not \"answer\"");

    assertThat(textOf(0)).isEqualTo("Order o-7 paid: EUR 10.50");
    assertThat(textOf(1)).isEqualTo("Stock low: MUG-1 has 2 left");
    assertThat(textOf(2)).contains("subject-1", "https://shop.example/hook", "disabled");
    assertThat(textOf(3))
        .isEqualTo(
            "Event " + dead + " is dead for subscriber mail: the mail server did not \"answer\"");
  }

  @Test
  void onlyTheOperatorEventsAreTaken() {
    assertThat(alerts.accepts(EventType.ORDER_PAID)).isTrue();
    assertThat(alerts.accepts(EventType.STOCK_LOW)).isTrue();
    assertThat(alerts.accepts(EventType.WEBHOOK_ENDPOINT_DISABLED)).isTrue();
    assertThat(alerts.accepts(EventType.TRANSFER_COMPLETED)).isFalse();
  }

  @Test
  void aFailingWebhookFailsTheDeliveryWithoutItsUrlSoItIsRetried() {
    slack.answer(500, "no");

    assertThatThrownBy(
            () ->
                alerts.deliver(
                    event(EventType.STOCK_LOW, Map.of("sku", "MUG-1", "stock", 0, "threshold", 5))))
        .isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining("500")
        .hasMessageNotContaining("secret");
  }
}
