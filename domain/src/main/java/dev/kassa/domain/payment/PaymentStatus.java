package dev.kassa.domain.payment;

import dev.kassa.domain.error.ConflictException;
import java.util.Locale;
import java.util.Set;

/**
 * Where the money of an order stands. A gateway payment is {@code pending} until the provider
 * settles it; a card payment is {@code authorized} (a hold) until the order ships. A provider may
 * still report success for a payment we gave up on (failed or voided): it is then captured, so that
 * it can be refunded.
 */
public enum PaymentStatus {
  PENDING,
  AUTHORIZED,
  CAPTURED,
  FAILED,
  VOIDED,
  REFUNDED,
  PARTIALLY_REFUNDED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PaymentStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** The next status, or {@code invalid_state_transition} when the step is not allowed. */
  public PaymentStatus moveTo(PaymentStatus target) {
    if (!next().contains(target)) {
      throw ConflictException.invalidStateTransition(code(), target.code());
    }
    return target;
  }

  /**
   * Whether the money is still to be taken: a gateway payment waiting at the provider, or a card
   * authorization not captured yet. Such a payment lapses at its expiry.
   */
  public boolean isUncaptured() {
    return this == PENDING || this == AUTHORIZED;
  }

  /** Whether money was taken and may (partly) be given back. */
  public boolean isRefundable() {
    return this == CAPTURED || this == PARTIALLY_REFUNDED;
  }

  private Set<PaymentStatus> next() {
    return switch (this) {
      case PENDING -> Set.of(CAPTURED, FAILED, VOIDED);
      case AUTHORIZED -> Set.of(CAPTURED, VOIDED);
      case CAPTURED, PARTIALLY_REFUNDED -> Set.of(PARTIALLY_REFUNDED, REFUNDED);
      case FAILED, VOIDED -> Set.of(CAPTURED);
      case REFUNDED -> Set.of();
    };
  }
}
