package dev.kassa.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StripeWebhooksTest {

  private static final String SECRET = "whsec_kassa_test_secret";
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final long T = NOW.getEpochSecond();
  private static final String EVENT =
      """
      {"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":%d,\
      "data":{"object":{"id":"pi_1","object":"payment_intent","amount":1999,"currency":"eur"}}}"""
          .formatted(T);

  private final StripeWebhooks webhooks = new StripeWebhooks(SECRET);

  @Test
  void aPayloadSignedWithTheSecretIsReadAsAnEvent() {
    var event = webhooks.verifiedEvent(EVENT, StripeSigning.header(EVENT, SECRET, T), NOW);

    assertThat(event.id()).isEqualTo("evt_1");
    assertThat(event.intentId()).isEqualTo("pi_1");
    assertThat(event.amount()).isEqualTo(Money.of(1999, "EUR"));
  }

  @Test
  void anyOfSeveralSignaturesMayMatchWhileTheSecretRotates() {
    var header =
        "t=%d,v1=%s,v1=%s"
            .formatted(
                T, StripeSigning.v1(EVENT, "whsec_old", T), StripeSigning.v1(EVENT, SECRET, T));

    assertThat(webhooks.verifiedEvent(EVENT, header, NOW).id()).isEqualTo("evt_1");
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsRefused() {
    assertRefused(EVENT, StripeSigning.header(EVENT, "whsec_other", T), NOW, "does not match");
  }

  @Test
  void aTamperedBodyIsRefused() {
    var header = StripeSigning.header(EVENT, SECRET, T);

    assertRefused(EVENT.replace("1999", "1"), header, NOW, "does not match");
  }

  @Test
  void aSignatureUpToFiveMinutesOldIsAccepted() {
    var header = StripeSigning.header(EVENT, SECRET, T);

    assertThat(webhooks.verifiedEvent(EVENT, header, NOW.plusSeconds(300)).id()).isEqualTo("evt_1");
  }

  @Test
  void aSignatureOlderThanFiveMinutesIsRefused() {
    var header = StripeSigning.header(EVENT, SECRET, T);

    assertRefused(EVENT, header, NOW.plusSeconds(301), "is older than 300 seconds");
  }

  @Test
  void aSignatureDatedMoreThanFiveMinutesAheadIsRefused() {
    assertThat(
            webhooks.verifiedEvent(EVENT, StripeSigning.header(EVENT, SECRET, T + 300), NOW).id())
        .isEqualTo("evt_1");
    assertRefused(EVENT, StripeSigning.header(EVENT, SECRET, T + 301), NOW, "ahead");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void aMissingHeaderIsRefused(String header) {
    assertRefused(EVENT, header, NOW, "is missing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "t",
        "v1",
        "t=,v1=abc",
        "t=abc,v1=abc",
        "t=-5,v1=abc",
        "t=99999999999999999999,v1=abc",
        "t=1772359200",
        "t=1772359200,v1=",
        "t=1772359200,v0=abc",
        "v1=abc,t=x"
      })
  void aGarbledHeaderIsRefused(String header) {
    assertRefused(EVENT, header, NOW, "is not of the form t=<unix seconds>,v1=<signature>");
  }

  @Test
  void aSignedPayloadThatIsNotAnEventIsRefused() {
    var payload = "{\"hello\":\"world\"}";

    assertThatThrownBy(
            () -> webhooks.verifiedEvent(payload, StripeSigning.header(payload, SECRET, T), NOW))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("body"));
  }

  @Test
  void signsAsStripeDocuments() {
    var signed = webhooks.sign(EVENT, NOW);

    assertThat(signed.payload()).isEqualTo(EVENT);
    assertThat(signed.signatureHeader()).isEqualTo(StripeSigning.header(EVENT, SECRET, T));
  }

  private void assertRefused(String payload, String header, Instant now, String problem) {
    assertThatThrownBy(() -> webhooks.verifiedEvent(payload, header, now))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .hasEntrySatisfying(
                        StripeWebhooks.HEADER, p -> assertThat(p).contains(problem)));
  }
}
