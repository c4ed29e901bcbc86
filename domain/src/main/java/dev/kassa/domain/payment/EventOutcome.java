package dev.kassa.domain.payment;

import java.util.Locale;

/** What Kassa did with a provider event it received. */
public enum EventOutcome {
  /** Recorded; its effect is being applied in the same unit of work. */
  RECEIVED,
  /** The order's payment moved: paid, or failed and the stock released. */
  APPLIED,
  /** A payment that arrived after Kassa gave up on it was captured and refunded in full. */
  REFUNDED_LATE_PAYMENT,
  /** The payment had already moved past what the event reports; nothing changed. */
  OUT_OF_ORDER,
  /** No payment of ours has this intent; nothing changed. */
  UNKNOWN_INTENT,
  /** The event's amount or currency is not our payment's; nothing changed. */
  AMOUNT_MISMATCH,
  /** Kassa does not act on events of this type. */
  IGNORED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventOutcome parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
