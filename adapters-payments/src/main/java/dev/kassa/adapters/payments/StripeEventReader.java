package dev.kassa.adapters.payments;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.shared.Currencies;
import dev.kassa.domain.shared.Money;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads what Kassa needs of a Stripe event, whatever its API version: {@code id}, {@code type},
 * {@code created} (epoch seconds) and, when {@code data.object} is a payment intent, its id, amount
 * and currency. Duplicate keys are refused, so the signed bytes have one meaning only. The event's
 * {@code id} and {@code type} must be printable text of at most {@value #MAX_TEXT_LENGTH}
 * characters (what Kassa stores of them), or the event is refused; an intent id that is not is read
 * as no intent, so the event is recorded as ignored.
 */
final class StripeEventReader {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final String PAYMENT_INTENT = "payment_intent";
  private static final int MAX_TEXT_LENGTH = 255;

  private StripeEventReader() {}

  static ProviderEvent read(String payload) {
    JsonNode event;
    try {
      event = JSON.readTree(payload);
    } catch (JacksonException e) {
      throw notAnEvent();
    }
    if (event == null || !event.isObject()) {
      throw notAnEvent();
    }
    var id = event.path("id");
    var type = event.path("type");
    var created = event.path("created");
    var object = event.path("data").path("object");
    if (!isStorableText(id)
        || !isStorableText(type)
        || !created.isIntegralNumber()
        || !created.canConvertToLong()
        || !object.isObject()) {
      throw notAnEvent();
    }
    var isIntent = PAYMENT_INTENT.equals(object.path("object").asText(null));
    return new ProviderEvent(
        id.asText(),
        type.asText(),
        isIntent ? textOrNull(object.path("id")) : null,
        isIntent ? amount(object) : null,
        createdAt(created.asLong()));
  }

  private static Instant createdAt(long epochSeconds) {
    try {
      return Instant.ofEpochSecond(epochSeconds);
    } catch (DateTimeException e) {
      throw notAnEvent();
    }
  }

  private static Money amount(JsonNode intent) {
    var amount = intent.path("amount");
    var currency = intent.path("currency").asText("");
    if (!amount.isIntegralNumber() || !amount.canConvertToLong() || !currency.matches("[a-z]{3}")) {
      return null;
    }
    try {
      return Money.of(amount.asLong(), Currencies.parse(currency.toUpperCase(Locale.ROOT)));
    } catch (ValidationException e) {
      return null;
    }
  }

  private static String textOrNull(JsonNode node) {
    return isStorableText(node) ? node.asText() : null;
  }

  /** Non-empty text of at most {@link #MAX_TEXT_LENGTH} printable ASCII characters. */
  private static boolean isStorableText(JsonNode node) {
    return node.isTextual()
        && !node.textValue().isEmpty()
        && node.textValue().length() <= MAX_TEXT_LENGTH
        && node.textValue().chars().allMatch(c -> c > 0x20 && c < 0x7F);
  }

  private static ValidationException notAnEvent() {
    return ValidationException.of(
        "body", "is not a Stripe event with id, type, created and data.object");
  }
}
