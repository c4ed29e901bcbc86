package dev.kassa.domain.ledger;

import java.util.Locale;

/** A hold is {@code pending} until it is captured, voided or expired: each final. */
public enum HoldStatus {
  PENDING,
  CAPTURED,
  VOIDED,
  EXPIRED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static HoldStatus parse(String code) {
    for (var status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("not a hold status: " + code);
  }
}
