package dev.kassa.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void acceptsEightToOneHundredTwentyEightCharacters() {
    assertThat(new Password("12345678").value()).hasSize(8);
    assertThat(new Password("x".repeat(128)).value()).hasSize(128);
  }

  @Test
  void refusesTooShortOrTooLong() {
    assertThatThrownBy(() -> new Password("1234567"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("password"));
    assertThatThrownBy(() -> new Password("x".repeat(129))).isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new Password(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void countsCharactersNotUtf16Units() {
    var eightEmoji = "\uD83D\uDE00".repeat(8);
    var sevenEmoji = "\uD83D\uDE00".repeat(7);

    assertThat(new Password(eightEmoji).value()).isEqualTo(eightEmoji);
    assertThatThrownBy(() -> new Password(sevenEmoji)).isInstanceOf(ValidationException.class);
  }

  @Test
  void neverPrintsTheSecret() {
    assertThat(new Password("correct horse battery").toString()).doesNotContain("horse");
  }
}
