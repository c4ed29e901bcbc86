package dev.kassa.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.testing.Seeded;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {

  @Test
  void generatedNumbersAreSixteenLuhnValidDigits(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var seen = new HashSet<String>();
    for (int run = 0; run < 5_000; run++) {
      var number = CardNumber.generate(seeded.random());

      assertThat(number.digits()).as(seeded.describe()).matches("[0-9]{16}").startsWith("4242");
      assertThat(luhnSum(number.digits()) % 10)
          .as("%s, %s", number.digits(), seeded.describe())
          .isZero();
      seen.add(number.digits());
    }
    assertThat(seen).as(seeded.describe()).hasSizeGreaterThan(4_900);
  }

  @Test
  void acceptsAKnownValidNumber() {
    assertThat(new CardNumber("4242424242424242").last4()).isEqualTo("4242");
    assertThat(new CardNumber("4000056655665556").last4()).isEqualTo("5556");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4242424242424241",
        "424242424242424",
        "42424242424242424",
        "4242 4242 4242 4242",
        "424242424242424a",
        ""
      })
  void refusesAnythingButSixteenDigitsWithAValidCheckDigit(String digits) {
    assertThatThrownBy(() -> new CardNumber(digits)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new CardNumber(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringMasksAllButTheLastFour() {
    var number = new CardNumber("4000056655665556");

    assertThat(number.toString())
        .doesNotContain("4000056655665556")
        .doesNotContain("40000566")
        .endsWith("****5556]");
  }

  /** The Luhn sum written independently of the production code. */
  private static int luhnSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum;
  }
}
