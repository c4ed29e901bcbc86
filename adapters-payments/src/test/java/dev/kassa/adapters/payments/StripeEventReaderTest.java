package dev.kassa.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StripeEventReaderTest {

  private static String intentEvent(String amount, String currency) {
    return """
        {"id":"evt_9","object":"event","api_version":"2019-02-19","created":1772359200,
         "type":"payment_intent.payment_failed","livemode":false,"pending_webhooks":1,
         "data":{"object":{"id":"pi_9","object":"payment_intent","amount":%s,"currency":%s,
                 "status":"requires_payment_method","metadata":{"order_id":"o"}}}}"""
        .formatted(amount, currency);
  }

  @Test
  void readsThePaymentIntentOfAnEventWhateverItsApiVersion() {
    var event = StripeEventReader.read(intentEvent("1999", "\"eur\""));

    assertThat(event)
        .isEqualTo(
            new ProviderEvent(
                "evt_9",
                ProviderEvent.FAILED,
                "pi_9",
                Money.of(1999, "EUR"),
                Instant.parse("2026-03-01T10:00:00Z")));
  }

  @Test
  void readsAmountsOfZeroDecimalCurrenciesAsTheirMinorUnits() {
    assertThat(StripeEventReader.read(intentEvent("500", "\"jpy\"")).amount())
        .isEqualTo(Money.of(500, "JPY"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"zzz\"", "\"EUR\"", "\"euro\"", "null", "978"})
  void anUnknownCurrencyLeavesTheAmountOut(String currency) {
    var event = StripeEventReader.read(intentEvent("1999", currency));

    assertThat(event.intentId()).isEqualTo("pi_9");
    assertThat(event.amount()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"19.99", "\"1999\"", "99999999999999999999", "null"})
  void anAmountThatIsNotAWholeNumberOfMinorUnitsIsLeftOut(String amount) {
    assertThat(StripeEventReader.read(intentEvent(amount, "\"eur\"")).amount()).isNull();
  }

  @Test
  void anEventAboutAnotherObjectNamesNoIntent() {
    var event =
        StripeEventReader.read(
            """
            {"id":"evt_2","type":"charge.refunded","created":1772359200,
             "data":{"object":{"id":"ch_2","object":"charge","amount":100,"currency":"eur"}}}""");

    assertThat(event.type()).isEqualTo("charge.refunded");
    assertThat(event.intentId()).isNull();
    assertThat(event.amount()).isNull();
    assertThat(event.isSettlement()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "null",
        "[]",
        "{}",
        "{\"type\":\"t\",\"created\":1,\"data\":{\"object\":{}}}",
        "{\"id\":1,\"type\":\"t\",\"created\":1,\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"created\":1,\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":\"1\",\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":1.5,\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":99999999999999999,\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":1,\"data\":{}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":1,\"data\":{\"object\":\"pi_1\"}}",
        "{\"id\":\"e\",\"id\":\"f\",\"type\":\"t\",\"created\":1,\"data\":{\"object\":{}}}",
        "{\"id\":\"e\",\"type\":\"t\",\"created\":1,\"data\":{\"object\":{}}} {}"
      })
  void aPayloadThatIsNotAnEventIsRefused(String payload) {
    assertThatThrownBy(() -> StripeEventReader.read(payload))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("body"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"evt\\u0000\"", "\"evt\\udfff\"", "\"evt 1\"", "\"\u00e9vt\""})
  void anIdOrTypeKassaCannotStoreIsRefused(String text) {
    var badId = "{\"id\":%s,\"type\":\"t\",\"created\":1,\"data\":{\"object\":{}}}";
    var badType = "{\"id\":\"e\",\"type\":%s,\"created\":1,\"data\":{\"object\":{}}}";

    for (var payload : new String[] {badId.formatted(text), badType.formatted(text)}) {
      assertThatThrownBy(() -> StripeEventReader.read(payload))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("body"));
    }
  }

  @Test
  void anIdOrTypeOfMoreThan255CharactersIsRefused() {
    var longest = "e".repeat(255);
    var tooLong = "e".repeat(100_000);
    var event = "{\"id\":\"%s\",\"type\":\"%s\",\"created\":1,\"data\":{\"object\":{}}}";

    assertThat(StripeEventReader.read(event.formatted(longest, longest)).id()).isEqualTo(longest);
    assertThatThrownBy(() -> StripeEventReader.read(event.formatted(tooLong, "t")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> StripeEventReader.read(event.formatted("e", tooLong)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anIntentIdKassaCannotStoreNamesNoIntent() {
    var event =
        StripeEventReader.read(
            intentEvent("1999", "\"eur\"").replace("\"pi_9\"", "\"" + "p".repeat(256) + "\""));

    assertThat(event.intentId()).isNull();
    assertThat(event.isSettlement()).isTrue();
  }
}
