package dev.kassa.domain.payment;

import java.util.Locale;

/**
 * Whether refunded money has left: at once for in-house payments; a provider may report a refund as
 * {@code pending} while the card network settles it.
 */
public enum RefundStatus {
  SUCCEEDED,
  PENDING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RefundStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
