package dev.kassa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

  @ParameterizedTest
  @ValueSource(strings = {"EUR", "JPY", "BHD"})
  void parsesKnownCodes(String code) {
    assertThat(Currencies.parse(code)).isEqualTo(Currency.getInstance(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"eur", "EURO", "E1R", "QQQ", "XXX"})
  void refusesUnknownOrMalformedCodesAndThoseWithoutMinorUnits(String code) {
    assertThatThrownBy(() -> Currencies.parse(code))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("currency"));
  }
}
