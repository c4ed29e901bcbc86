package dev.kassa.adapters.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.TransactionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonTest {

  private final ObjectMapper mapper = Json.strictMapper();
  private final JsonBodies bodies = new JsonBodies(mapper);

  record Line(
      UUID id, TransactionType type, long amount, Currency currency, Instant at, LocalDate day) {}

  record Filter(@Required TransactionType type, Currency currency) {}

  @Test
  void writesTheContractsSpelling() throws Exception {
    var line =
        new Line(
            UUID.fromString("0190a000-0000-7000-8000-000000000001"),
            TransactionType.TRANSFER_IN,
            1050,
            Currency.getInstance("EUR"),
            Instant.parse("2024-03-01T09:30:00Z"),
            LocalDate.parse("2024-03-01"));

    var json = mapper.readTree(mapper.writeValueAsString(line));

    assertThat(json.get("type").asText()).isEqualTo("transfer_in");
    assertThat(json.get("amount").isIntegralNumber()).isTrue();
    assertThat(json.get("currency").asText()).isEqualTo("EUR");
    assertThat(json.get("at").asText()).isEqualTo("2024-03-01T09:30:00Z");
    assertThat(json.get("day").asText()).isEqualTo("2024-03-01");
  }

  @Test
  void readsEnumsWhateverTheirCase() throws Exception {
    var filter =
        bodies.bind(
            mapper.readTree("{\"type\": \"card_payment\", \"currency\": \"JPY\"}"), Filter.class);

    assertThat(filter.type()).isEqualTo(TransactionType.CARD_PAYMENT);
    assertThat(filter.currency()).isEqualTo(Currency.getInstance("JPY"));
  }

  @Test
  void refusesUnknownEnumValuesAndCurrenciesByName() throws Exception {
    assertThatThrownBy(() -> bodies.bind(mapper.readTree("{\"type\": \"gift\"}"), Filter.class))
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused -> assertThat(refused.problems()).containsKey("type"));
    assertThatThrownBy(
            () ->
                bodies.bind(
                    mapper.readTree("{\"type\": \"refund\", \"currency\": \"EURO\"}"),
                    Filter.class))
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused -> assertThat(refused.problems()).containsKey("currency"));
  }

  @Test
  void refusesEnumsGivenAsNumbers() throws Exception {
    assertThatThrownBy(() -> bodies.bind(mapper.readTree("{\"type\": 0}"), Filter.class))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void mapsAreWrittenWithTheirNulls() throws Exception {
    var values = new java.util.HashMap<String, Object>(Map.of("a", 1));
    values.put("b", null);

    assertThat(mapper.writeValueAsString(values)).contains("\"b\":null");
  }
}
