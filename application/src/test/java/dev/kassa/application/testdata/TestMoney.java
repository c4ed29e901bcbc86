package dev.kassa.application.testdata;

import dev.kassa.domain.shared.Money;
import java.util.Currency;

/** Amounts for tests: {@code TestMoney.eur(19, 99)} is 19.99 EUR, that is 1999 minor units. */
public final class TestMoney {

  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Currency USD = Currency.getInstance("USD");

  private TestMoney() {}

  public static Money eur(long units, int cents) {
    return of(units, cents, EUR);
  }

  public static Money eur(long units) {
    return of(units, 0, EUR);
  }

  public static Money usd(long units, int cents) {
    return of(units, cents, USD);
  }

  public static Money usd(long units) {
    return of(units, 0, USD);
  }

  private static Money of(long units, int cents, Currency currency) {
    if (cents < 0 || cents > 99) {
      throw new IllegalArgumentException("cents must be 0..99");
    }
    return Money.of(Math.addExact(Math.multiplyExact(units, 100), cents), currency);
  }
}
