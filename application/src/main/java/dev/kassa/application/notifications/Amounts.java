package dev.kassa.application.notifications;

import dev.kassa.domain.shared.Money;

/** Amounts written for people: the currency code, then the amount by the currency's digits. */
final class Amounts {

  private Amounts() {}

  /** {@code EUR 10.50}, {@code JPY 1050}. */
  static String display(Money money) {
    return money.currency().getCurrencyCode() + " " + money.toDecimalString();
  }

  static String display(long minor, String currency) {
    return display(Money.of(minor, currency));
  }
}
