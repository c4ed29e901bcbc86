package dev.kassa.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.shared.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The provider event samples of {@code docs/webhooks} are what Kassa parses: each is signed as the
 * provider signs it and read through the webhook route's reader, and every sample in the folder has
 * its expected reading here.
 */
class WebhookSamplesTest {

  private static final Path SAMPLES = Path.of("..", "docs", "webhooks");
  private static final StripeWebhooks WEBHOOKS = new StripeWebhooks("whsec_samples");

  private static final Map<String, ProviderEvent> EXPECTED =
      Map.of(
          "payment_intent.succeeded.json",
          new ProviderEvent(
              "evt_3QkassaSucceeded0001",
              ProviderEvent.SUCCEEDED,
              "pi_3QkassaDesk0001",
              Money.of(24999, "EUR"),
              Instant.ofEpochSecond(1796640000)),
          "payment_intent.payment_failed.json",
          new ProviderEvent(
              "evt_3QkassaFailed0001",
              ProviderEvent.FAILED,
              "pi_3QkassaLamp0002",
              Money.of(4550, "EUR"),
              Instant.ofEpochSecond(1796640060)),
          "charge.refunded.json",
          new ProviderEvent(
              "evt_3QkassaRefunded0001",
              "charge.refunded",
              null,
              null,
              Instant.ofEpochSecond(1796643600)));

  @Test
  void everySampleIsReadAsTheEventItShows() throws IOException {
    var now = Instant.now();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      var samples = files.filter(file -> file.toString().endsWith(".json")).toList();
      assertThat(samples.stream().map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
      for (Path sample : samples) {
        var payload = Files.readString(sample);
        var signed = WEBHOOKS.sign(payload, now);

        var event = WEBHOOKS.verifiedEvent(payload, signed.signatureHeader(), now);

        assertThat(event)
            .as(sample.toString())
            .isEqualTo(EXPECTED.get(sample.getFileName().toString()));
      }
    }
  }
}
