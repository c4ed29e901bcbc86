package dev.kassa.domain.product;

import java.util.Arrays;
import java.util.Locale;

/** Why a product's stock changed: the reason on each row of its stock journal. */
public enum StockReason {
  /** The stock a product was created with. */
  INITIAL,
  /** The stock a product held when its journal began (a database older than the journal). */
  OPENING,
  /** Units sold and paid, or held on a card. */
  SALE,
  /** Units set aside for an order paid through the provider. */
  RESERVATION,
  /** Reserved units returned: the reservation expired or its payment failed. */
  RELEASE,
  /** Units of a cancelled order put back. */
  CANCELLATION,
  /** Units of refunded order lines put back. */
  REFUND_RESTOCK,
  /** An administrator's correction. */
  ADJUSTMENT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StockReason fromCode(String code) {
    return Arrays.stream(values())
        .filter(reason -> reason.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown stock reason " + code));
  }
}
