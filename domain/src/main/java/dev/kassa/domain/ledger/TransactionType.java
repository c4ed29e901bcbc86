package dev.kassa.domain.ledger;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/** What a line of an account's transaction log records, seen from that account. */
public enum TransactionType {
  DEPOSIT,
  WITHDRAWAL,
  TRANSFER_IN,
  TRANSFER_OUT,
  PURCHASE,
  CARD_PAYMENT,
  REFUND;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TransactionType parse(String code) {
    for (var type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw ValidationException.of("type", "is not a known transaction type");
  }
}
