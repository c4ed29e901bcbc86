package dev.kassa.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardStatusTest {

  @ParameterizedTest
  @CsvSource({
    "ACTIVE, FROZEN",
    "FROZEN, ACTIVE",
    "ACTIVE, CANCELLED",
    "FROZEN, CANCELLED",
    "ACTIVE, ACTIVE",
    "CANCELLED, CANCELLED"
  })
  void allowedMovesLandOnTheTarget(CardStatus from, CardStatus to) {
    assertThat(from.moveTo(to)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({"CANCELLED, ACTIVE", "CANCELLED, FROZEN"})
  void cancelledIsFinal(CardStatus from, CardStatus to) {
    assertThatThrownBy(() -> from.moveTo(to))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid_state_transition");
              assertThat(e.details())
                  .containsEntry("from", "cancelled")
                  .containsEntry("to", to.code());
            });
  }

  @Test
  void parsesLowerCaseCodesOnly() {
    assertThat(CardStatus.parse("frozen")).isEqualTo(CardStatus.FROZEN);
    assertThatThrownBy(() -> CardStatus.parse("FROZEN")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CardStatus.parse("lost")).isInstanceOf(ValidationException.class);
  }
}
