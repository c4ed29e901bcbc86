package dev.kassa.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts as people type them ("12.50") and as the API counts them (1250 minor units). */
final class Amounts {

  private Amounts() {}

  static long toMinorUnits(String typed, String currencyCode) {
    Currency currency = currency(currencyCode);
    BigDecimal amount;
    try {
      amount = new BigDecimal(typed.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new ScriptException("'" + typed + "' is not an amount", e);
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (amount.signum() <= 0) {
      throw new ScriptException("an amount must be above zero, not " + typed);
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new ScriptException(
          currency.getCurrencyCode() + " has " + digits + " decimal places, not " + typed);
    }
    return amount.movePointRight(digits).longValueExact();
  }

  static String format(long minorUnits, String currencyCode) {
    Currency currency = currency(currencyCode);
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(minorUnits, digits)
            .setScale(digits, RoundingMode.UNNECESSARY)
            .toPlainString()
        + " "
        + currency.getCurrencyCode();
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ScriptException("'" + code + "' is not an ISO 4217 currency", e);
    }
  }
}
