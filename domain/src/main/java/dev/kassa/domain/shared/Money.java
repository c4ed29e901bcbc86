package dev.kassa.domain.shared;

import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount: a count of minor units (cents for EUR, yen for JPY) and its currency. There is
 * no floating point anywhere in a money path; arithmetic overflows loudly instead of wrapping.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  /**
   * The largest amount one request may move, in minor units (10^15: ten trillion euros). Bounding
   * each amount keeps sums of a few of them far from {@code long} overflow; a balance that
   * overflows after many is refused by the account ({@code balance_limit_exceeded}).
   */
  public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}(\\.[0-9]{1,18})?");

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  public static Money of(long minor, String currencyCode) {
    return new Money(minor, Currencies.parse(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Parses a plain decimal such as {@code "10.50"}: digits, an optional minus sign and point, no
   * exponent. It refuses more fraction digits than the currency has (so {@code "0.001"} and {@code
   * "10.500"} EUR are errors, not roundings).
   */
  public static Money parse(String decimal, Currency currency) {
    if (decimal == null || !DECIMAL.matcher(decimal).matches()) {
      throw ValidationException.of("amount", "is not a valid amount");
    }
    var digits = Math.max(currency.getDefaultFractionDigits(), 0);
    var value = new BigDecimal(decimal);
    if (value.scale() > digits) {
      throw ValidationException.of(
          "amount", "has more decimals than " + currency.getCurrencyCode() + " allows");
    }
    try {
      return new Money(value.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw ValidationException.of("amount", "is too large");
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public void requireSameCurrency(Money other) {
    requireCurrency(other.currency);
  }

  public void requireCurrency(Currency expected) {
    if (!currency.equals(expected)) {
      throw new CurrencyMismatchException(expected, currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  /** The amount as a plain decimal string, e.g. {@code "10.50"}; for display and CSV only. */
  public String toDecimalString() {
    return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0))
        .toPlainString();
  }

  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }
}
