package dev.kassa.domain.payment;

import java.util.Locale;

/** How an order is paid: from a Kassa account, by a hold on a card, or through a provider. */
public enum PaymentMethod {
  ACCOUNT,
  CARD,
  GATEWAY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
