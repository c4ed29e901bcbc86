package dev.kassa.domain.payment;

/**
 * The payment provider could not be reached, or refused a call Kassa made. Not a {@link
 * dev.kassa.domain.error.DomainException}: the request may be retried later with the same
 * idempotency key, so it is reported as the service being unavailable and never stored as an
 * answer.
 *
 * <p>A {@linkplain #isRefusal() refusal} is the provider's own answer that it did nothing. Any
 * other failure (no answer, a timeout, a server error) leaves it unknown whether the provider
 * acted, so what Kassa asked must stay on record and be asked again with the same idempotency key.
 */
public final class PaymentProviderException extends RuntimeException {

  private final boolean refusal;

  /** The provider answered and refused. */
  public PaymentProviderException(String message) {
    this(message, null, true);
  }

  /** The provider answered and refused. */
  public PaymentProviderException(String message, Throwable cause) {
    this(message, cause, true);
  }

  private PaymentProviderException(String message, Throwable cause, boolean refusal) {
    super(message, cause);
    this.refusal = refusal;
  }

  /** The provider gave no answer that says whether it acted. */
  public static PaymentProviderException unanswered(String message, Throwable cause) {
    return new PaymentProviderException(message, cause, false);
  }

  /** Whether the provider answered that it did nothing. */
  public boolean isRefusal() {
    return refusal;
  }
}
