package dev.kassa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void arithmeticIsExactInMinorUnits() {
    var tenFifty = Money.of(1050, EUR);
    var oneCent = Money.of(1, EUR);

    assertThat(tenFifty.plus(oneCent)).isEqualTo(Money.of(1051, EUR));
    assertThat(tenFifty.minus(oneCent)).isEqualTo(Money.of(1049, EUR));
    assertThat(oneCent.minus(tenFifty)).isEqualTo(Money.of(-1049, EUR));
    assertThat(tenFifty.times(3)).isEqualTo(Money.of(3150, EUR));
    assertThat(tenFifty.negate()).isEqualTo(Money.of(-1050, EUR));
  }

  @Test
  void signPredicatesFollowTheMinorCount() {
    assertThat(Money.of(1, EUR).isPositive()).isTrue();
    assertThat(Money.of(-1, EUR).isNegative()).isTrue();
    assertThat(Money.zero(EUR).isZero()).isTrue();
    assertThat(Money.zero(EUR).isPositive()).isFalse();
    assertThat(Money.zero(EUR).isNegative()).isFalse();
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    assertThat(Money.of(99, EUR).isLessThan(Money.of(100, EUR))).isTrue();
    assertThat(Money.of(100, EUR).isLessThan(Money.of(100, EUR))).isFalse();
    assertThat(Money.of(-5, EUR)).isLessThan(Money.of(0, EUR));
  }

  @Test
  void additionOverflowThrowsInsteadOfWrapping() {
    var max = Money.of(Long.MAX_VALUE, EUR);
    assertThatThrownBy(() -> max.plus(Money.of(1, EUR))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void subtractionOverflowThrowsInsteadOfWrapping() {
    var min = Money.of(Long.MIN_VALUE, EUR);
    assertThatThrownBy(() -> min.minus(Money.of(1, EUR))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void multiplicationAndNegationOverflowThrow() {
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, EUR).times(2))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, EUR).negate())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void mixingCurrenciesIsRefused() {
    var euros = Money.of(100, EUR);
    var dollars = Money.of(100, USD);

    assertThatThrownBy(() -> euros.plus(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasFieldOrPropertyWithValue("code", "currency_mismatch");
    assertThatThrownBy(() -> euros.minus(dollars)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> euros.compareTo(dollars))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> euros.isLessThan(dollars))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void currencyMismatchNamesBothCurrencies() {
    assertThatThrownBy(() -> Money.of(1, USD).requireCurrency(EUR))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("expected", "EUR")
                    .containsEntry("actual", "USD"));
  }

  @Test
  void requiresACurrency() {
    assertThatThrownBy(() -> Money.of(1, (Currency) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ofWithACodeRefusesAnUnknownCurrency() {
    assertThat(Money.of(5, "EUR")).isEqualTo(Money.of(5, EUR));
    assertThatThrownBy(() -> Money.of(5, "eur")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Money.of(5, "ZZZ")).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "10.50, EUR, 1050",
    "10.5, EUR, 1050",
    "10, EUR, 1000",
    "0.01, EUR, 1",
    "0, EUR, 0",
    "-3.25, EUR, -325",
    "1000, JPY, 1000",
    "1.234, BHD, 1234",
    "0.001, KWD, 1",
    "12, KWD, 12000",
    "92233720368547758.07, EUR, 9223372036854775807"
  })
  void parsesDecimalsIntoMinorUnits(String decimal, String currency, long minor) {
    var parsed = Money.parse(decimal, Currency.getInstance(currency));
    assertThat(parsed).isEqualTo(Money.of(minor, Currency.getInstance(currency)));
  }

  @ParameterizedTest
  @CsvSource({
    "0.001, EUR",
    "10.500, EUR",
    "1000.0, JPY",
    "10.505, USD",
    "1.5, JPY",
    "0.1, JPY",
    "1.2345, BHD",
    "0.0001, KWD"
  })
  void parseRefusesMoreDecimalsThanTheCurrencyHas(String decimal, String currency) {
    assertThatThrownBy(() -> Money.parse(decimal, Currency.getInstance(currency)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("amount", "has more decimals than " + currency + " allows"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "  ", "abc", "1,50", "1.2.3", "€5", "5 EUR", "--1", "NaN", "0x10", "1.5e", "1E2", "+5",
        " 7.00 ", ".5", "5."
      })
  void parseRejectsGarbage(String garbage) {
    assertThatThrownBy(() -> Money.parse(garbage, EUR))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("amount"));
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Money.parse(null, EUR))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("amount"));
  }

  @Test
  void parseRejectsAmountsBeyondTheLongRange() {
    assertThatThrownBy(() -> Money.parse("92233720368547758.08", EUR))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Money.parse("99999999999999999999", JPY))
        .isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "1050, EUR, 10.50",
    "5, EUR, 0.05",
    "-5, EUR, -0.05",
    "0, EUR, 0.00",
    "1000, JPY, 1000",
    "1234, BHD, 1.234",
    "1, KWD, 0.001"
  })
  void rendersAPlainDecimalWithTheCurrencysDigits(long minor, String currency, String expected) {
    assertThat(Money.of(minor, Currency.getInstance(currency)).toDecimalString())
        .isEqualTo(expected);
  }

  @Test
  void toStringShowsAmountAndCurrency() {
    assertThat(Money.of(1050, EUR)).hasToString("10.50 EUR");
  }
}
