package dev.kassa.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.security.AesGcmSecretBox;
import dev.kassa.adapters.webhooks.HttpWebhookTransport;
import dev.kassa.adapters.webhooks.NetworkGuard;
import dev.kassa.application.webhooks.CreateWebhookEndpoint;
import dev.kassa.application.webhooks.EndpointWithSecret;
import dev.kassa.application.webhooks.WebhookDeliveryFailedException;
import dev.kassa.application.webhooks.WebhookSettings;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.webhook.DeliveryStatus;
import dev.kassa.domain.webhook.EndpointEvents;
import dev.kassa.domain.webhook.WebhookDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The webhook subscriber driven as the event delivery drives it, sending over HTTP to a real
 * receiver on 127.0.0.1: the guard's flags are on only so that it reaches this test's receivers.
 */
class WebhookDeliveryTest {

  private static final Actor ADMIN = new Actor(UserId.newId(), Role.ADMIN);

  private final InMemoryPorts storage = InMemoryPorts.create();
  private final Webhooks webhooks =
      Webhooks.assemble(
          storage,
          new AesGcmSecretBox("a-test-key-of-at-least-thirty-two-bytes"),
          new NetworkGuard(true, true),
          new HttpWebhookTransport(
              new NetworkGuard(true, true), Clock.systemUTC(), Duration.ofMillis(700)),
          new WebhookSettings(3, 3),
          Clock.systemUTC());

  @Test
  void deliveryArrivesSignedWithTheEventsIdAndType() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      var endpoint = register(receiver, "order.paid");
      var event = orderPaid();

      webhooks.subscriber().deliver(event);

      var got = receiver.received().getFirst();
      assertThat(got.header("Kassa-Event-Id")).isEqualTo(event.id().toString());
      assertThat(got.header("Kassa-Event-Type")).isEqualTo("order.paid");
      var signature = got.header("Kassa-Signature");
      assertThat(DocumentedVerifier.verifyNow(signature, got.body(), endpoint.secret())).isTrue();
      var t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
      assertThat(DocumentedVerifier.verify(signature, got.body(), endpoint.secret(), t + 301))
          .as("outside the 5-minute tolerance")
          .isFalse();
      assertThat(statuses(endpoint)).containsExactly(DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void eventOfAnotherTypeIsNotSent() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      register(receiver, "refund.issued");

      webhooks.subscriber().deliver(orderPaid());

      assertThat(receiver.received()).isEmpty();
    }
  }

  @Test
  void receiverAnsweringFiveHundredTwiceGetsTheEventAThirdTime() throws Exception {
    try (var flaky = new Receiver(n -> Receiver.Answer.status(n <= 2 ? 500 : 204));
        var steady = new Receiver(n -> Receiver.Answer.status(200))) {
      var endpoint = register(flaky, "*");
      register(steady, "*");
      var event = orderPaid();

      for (var retry = 0; retry < 2; retry++) {
        assertThatThrownBy(() -> webhooks.subscriber().deliver(event))
            .isInstanceOf(WebhookDeliveryFailedException.class);
      }
      webhooks.subscriber().deliver(event);

      assertThat(flaky.received()).hasSize(3);
      assertThat(flaky.received())
          .allSatisfy(r -> assertThat(r.header("Kassa-Event-Id")).isEqualTo(event.id().toString()));
      assertThat(steady.received()).as("a retry skips the endpoints that took it").hasSize(1);
      assertThat(statuses(endpoint))
          .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.FAILED);
      var last = deliveries(endpoint).getFirst();
      assertThat(last.attempt()).isEqualTo(3);
      assertThat(deliveries(endpoint).get(1).responseStatus()).isEqualTo(500);
      assertThat(deliveries(endpoint).get(1).responseBody()).isEqualTo("answer 2");
      webhooks.subscriber().deliver(event);
      assertThat(flaky.received()).as("a redelivered event is not sent again").hasSize(3);
    }
  }

  @Test
  void receiverThatNeverAnswersInTimeIsRetriedThenDeadThenDisabled() throws Exception {
    try (var silent = new Receiver(n -> Receiver.Answer.status(0))) {
      var endpoint = register(silent, "*");
      var event = orderPaid();

      for (var retry = 0; retry < 2; retry++) {
        assertThatThrownBy(() -> webhooks.subscriber().deliver(event))
            .isInstanceOf(WebhookDeliveryFailedException.class);
      }
      assertThatCode(() -> webhooks.subscriber().deliver(event)).doesNotThrowAnyException();

      assertThat(silent.received()).hasSize(3);
      assertThat(statuses(endpoint))
          .containsExactly(DeliveryStatus.DEAD, DeliveryStatus.FAILED, DeliveryStatus.FAILED);
      assertThat(deliveries(endpoint).getFirst().error()).containsIgnoringCase("timed out");
      var stored = storage.webhookEndpoints().find(endpoint.endpoint().id()).orElseThrow();
      assertThat(stored.enabled()).isFalse();
      assertThat(stored.failureStreak()).isEqualTo(3);
      var disabled =
          storage
              .outbox()
              .page(
                  new EventFilter(EventType.WEBHOOK_ENDPOINT_DISABLED, null),
                  PageRequest.first(10));
      assertThat(disabled.items())
          .singleElement()
          .satisfies(e -> assertThat(e.subject()).isEqualTo(endpoint.endpoint().id().toString()));
      webhooks.subscriber().deliver(orderPaid());
      assertThat(silent.received()).as("a disabled endpoint gets nothing").hasSize(3);
    }
  }

  @Test
  void duringARotationAReceiverWithEitherSecretVerifies() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      var endpoint = register(receiver, "*");
      var rotated = webhooks.rotateSecret().execute(ADMIN, endpoint.endpoint().id());

      webhooks.subscriber().deliver(orderPaid());

      var got = receiver.received().getFirst();
      var signature = got.header("Kassa-Signature");
      assertThat(signature).matches("t=[0-9]+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
      assertThat(rotated.secret()).isNotEqualTo(endpoint.secret());
      assertThat(DocumentedVerifier.verifyNow(signature, got.body(), endpoint.secret())).isTrue();
      assertThat(DocumentedVerifier.verifyNow(signature, got.body(), rotated.secret())).isTrue();
      assertThat(DocumentedVerifier.verifyNow(signature, got.body(), "whsec_other")).isFalse();
    }
  }

  @Test
  void adminRedeliversOneDelivery() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      var endpoint = register(receiver, "*");
      var event = orderPaid();
      webhooks.subscriber().deliver(event);
      var first = deliveries(endpoint).getFirst();

      var again = webhooks.redeliver().execute(ADMIN, endpoint.endpoint().id(), first.id());

      assertThat(again.attempt()).isEqualTo(2);
      assertThat(again.status()).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(receiver.received()).hasSize(2);
      assertThat(receiver.received().get(1).header("Kassa-Event-Id"))
          .isEqualTo(event.id().toString());
    }
  }

  @Test
  void storedSecretIsSealed() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      var endpoint = register(receiver, "*");

      var stored = storage.webhookEndpoints().find(endpoint.endpoint().id()).orElseThrow();

      assertThat(stored.secrets().current()).startsWith("v1:").doesNotContain(endpoint.secret());
    }
  }

  private EndpointWithSecret register(Receiver receiver, String type) {
    return webhooks
        .create()
        .execute(
            ADMIN,
            new CreateWebhookEndpoint.Command(
                receiver.url(), EndpointEvents.of(List.of(type)), "test receiver"));
  }

  private StoredEvent orderPaid() {
    var event =
        DomainEvent.of(
            EventType.ORDER_PAID,
            java.util.UUID.randomUUID(),
            Instant.now(),
            Map.of("amount", 1050L, "currency", "EUR"));
    return storage.outbox().append(event);
  }

  private List<WebhookDelivery> deliveries(EndpointWithSecret endpoint) {
    return webhooks
        .listDeliveries()
        .execute(ADMIN, endpoint.endpoint().id(), PageRequest.first(100))
        .items();
  }

  private List<DeliveryStatus> statuses(EndpointWithSecret endpoint) {
    return deliveries(endpoint).stream().map(WebhookDelivery::status).toList();
  }
}
