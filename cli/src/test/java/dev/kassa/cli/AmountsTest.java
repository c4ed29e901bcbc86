package dev.kassa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void decimalsTypedByPeopleBecomeMinorUnitsOfTheirCurrency() {
    assertThat(Amounts.toMinorUnits("12.50", "EUR")).isEqualTo(1250);
    assertThat(Amounts.toMinorUnits(" 7,5 ", "eur")).isEqualTo(750);
    assertThat(Amounts.toMinorUnits("1000", "JPY")).isEqualTo(1000);
    assertThat(Amounts.toMinorUnits("1.234", "BHD")).isEqualTo(1234);
  }

  @Test
  void minorUnitsAreShownAsDecimalsWithTheCurrency() {
    assertThat(Amounts.format(1250, "EUR")).isEqualTo("12.50 EUR");
    assertThat(Amounts.format(-5, "EUR")).isEqualTo("-0.05 EUR");
    assertThat(Amounts.format(1000, "JPY")).isEqualTo("1000 JPY");
  }

  @Test
  void amountsThatCannotBeMoneyAreRefusedWithTheReason() {
    assertThatThrownBy(() -> Amounts.toMinorUnits("1.5", "JPY")).hasMessageContaining("0 decimal");
    assertThatThrownBy(() -> Amounts.toMinorUnits("0", "EUR")).hasMessageContaining("above zero");
    assertThatThrownBy(() -> Amounts.toMinorUnits("-3", "EUR")).hasMessageContaining("above zero");
    assertThatThrownBy(() -> Amounts.toMinorUnits("ten", "EUR"))
        .hasMessageContaining("not an amount");
    assertThatThrownBy(() -> Amounts.toMinorUnits("1", "XYZW")).hasMessageContaining("ISO 4217");
  }
}
