package dev.kassa.domain.error;

import java.util.Currency;
import java.util.Map;

/** Two amounts or an amount and an account that do not share a currency. */
public final class CurrencyMismatchException extends DomainException {

  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        "currency_mismatch",
        "Expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode() + ".",
        Map.of("expected", expected.getCurrencyCode(), "actual", actual.getCurrencyCode()));
  }
}
