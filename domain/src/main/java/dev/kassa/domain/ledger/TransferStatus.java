package dev.kassa.domain.ledger;

import java.util.Locale;

/** A transfer is atomic, so it is only ever recorded once it has completed. */
public enum TransferStatus {
  COMPLETED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
