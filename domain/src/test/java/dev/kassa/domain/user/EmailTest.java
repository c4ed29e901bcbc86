package dev.kassa.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void isTrimmedAndLowerCased() {
    assertThat(new Email("  Alice.Smith@Example.COM ").value())
        .isEqualTo("alice.smith@example.com");
    assertThat(new Email("A@B.CO")).isEqualTo(new Email("a@b.co"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "alice",
        "alice@",
        "@example.com",
        "alice@example",
        "alice@@example.com",
        "al ice@example.com",
        "alice@exa mple.com",
        "alice@example.com\u0000",
        "a@b@example.com"
      })
  void refusesWhatIsNotAnAddress(String text) {
    assertThatThrownBy(() -> new Email(text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("email"));
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new Email(null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsEntry("email", "is required"));
  }

  @Test
  void refusesALocalPartOverSixtyFourCharacters() {
    assertThat(new Email("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
    assertThatThrownBy(() -> new Email("a".repeat(65) + "@example.com"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesAnAddressOver254Characters() {
    var domain = "d".repeat(240) + ".com";
    var atLimit = "a".repeat(254 - domain.length() - 1) + "@" + domain;

    assertThat(new Email(atLimit).value()).hasSize(254);
    assertThatThrownBy(() -> new Email("a" + atLimit)).isInstanceOf(ValidationException.class);
  }
}
