package dev.kassa.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.webhooks.CloudEventJson;
import dev.kassa.adapters.webhooks.HttpWebhookTransport;
import dev.kassa.adapters.webhooks.NetworkGuard;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpWebhookTransportTest {

  private static final StoredEvent EVENT =
      new StoredEvent(
          DomainEvent.of(
              EventType.ORDER_PAID,
              "order-1",
              Instant.parse("2026-01-02T03:04:05Z"),
              Map.of("orderId", "order-1", "amount", 1050L, "currency", "EUR")),
          3);

  /** The flags are on only so that the transport reaches this test's own receiver. */
  private final HttpWebhookTransport ownReceiverOnly =
      new HttpWebhookTransport(
          new NetworkGuard(true, true), Clock.systemUTC(), Duration.ofSeconds(2));

  @Test
  void postsTheSignedCloudEvent() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(204))) {
      var result = ownReceiverOnly.send(URI.create(receiver.url()), EVENT, List.of("whsec_1"));

      assertThat(result.delivered()).isTrue();
      var got = receiver.received().getFirst();
      assertThat(got.header("Kassa-Event-Id")).isEqualTo(EVENT.id().toString());
      assertThat(got.header("Kassa-Event-Type")).isEqualTo("order.paid");
      assertThat(got.header("Kassa-Signature")).matches("t=[0-9]+,v1=[0-9a-f]{64}");
      assertThat(DocumentedVerifier.verifyNow(got.header("Kassa-Signature"), got.body(), "whsec_1"))
          .isTrue();
      assertThat(DocumentedVerifier.verifyNow(got.header("Kassa-Signature"), got.body(), "other"))
          .isFalse();
      assertThat(got.body()).isEqualTo(CloudEventJson.bytes(EVENT));
      var json = new ObjectMapper().readTree(got.body());
      assertThat(json.get("specversion").asText()).isEqualTo("1.0");
      assertThat(json.get("sequence").asLong()).isEqualTo(3);
      assertThat(json.get("data").get("amount").asLong()).isEqualTo(1050);
    }
  }

  @Test
  void redirectIsNotFollowed() throws Exception {
    try (var internal = new Receiver(n -> Receiver.Answer.status(200));
        var redirecting =
            new Receiver(n -> new Receiver.Answer(302, Map.of("Location", internal.url())))) {
      var result = ownReceiverOnly.send(URI.create(redirecting.url()), EVENT, List.of("s"));

      assertThat(result.delivered()).isFalse();
      assertThat(result.status()).isEqualTo(302);
      assertThat(internal.received()).isEmpty();
    }
  }

  @Test
  void addressIsCheckedAgainAtDelivery() throws Exception {
    var strict = new HttpWebhookTransport(new NetworkGuard(true, false), Clock.systemUTC());
    try (var receiver = new Receiver(n -> Receiver.Answer.status(200))) {
      var result = strict.send(URI.create(receiver.url()), EVENT, List.of("s"));

      assertThat(result.delivered()).isFalse();
      assertThat(result.status()).isNull();
      assertThat(result.error()).startsWith("refused");
      assertThat(receiver.received()).isEmpty();
    }
  }

  @Test
  void slowReceiverFailsAtTheDeadline() throws Exception {
    try (var receiver = new Receiver(n -> Receiver.Answer.status(0))) {
      var result = ownReceiverOnly.send(URI.create(receiver.url()), EVENT, List.of("s"));

      assertThat(result.delivered()).isFalse();
      assertThat(result.error()).contains("Timeout");
      assertThat(result.durationMs()).isLessThan(5_000);
    }
  }
}
