package dev.kassa.domain.shared;

import dev.kassa.domain.error.ValidationException;
import java.util.Currency;

/** Parses ISO 4217 codes strictly: three upper-case letters of a real currency. */
public final class Currencies {

  private Currencies() {}

  public static Currency parse(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw ValidationException.of("currency", "must be an ISO 4217 code such as EUR");
    }
    try {
      var currency = Currency.getInstance(code);
      if (currency.getDefaultFractionDigits() < 0) {
        throw ValidationException.of("currency", "has no minor unit definition");
      }
      return currency;
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("currency", "is not a known ISO 4217 code");
    }
  }
}
