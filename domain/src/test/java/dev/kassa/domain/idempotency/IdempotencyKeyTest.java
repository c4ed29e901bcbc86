package dev.kassa.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @Test
  void acceptsOneTo255PrintableAsciiCharacters() {
    assertThat(new IdempotencyKey("a").value()).isEqualTo("a");
    assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
    assertThat(new IdempotencyKey("order-42_retry~!{}").value()).isEqualTo("order-42_retry~!{}");
  }

  @Test
  void refusesMoreThan255Characters() {
    assertThatThrownBy(() -> new IdempotencyKey("k".repeat(256)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsKey("Idempotency-Key"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "two words", "tab\there", "new\nline", "caf\u00e9", "\u007f"})
  void refusesEmptyBlankAndNonPrintableKeys(String key) {
    assertThatThrownBy(() -> new IdempotencyKey(key)).isInstanceOf(ValidationException.class);
  }
}
