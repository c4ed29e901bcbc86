package dev.kassa.domain.payment;

/**
 * The payment provider could not be reached, or refused a call Kassa made. Not a {@link
 * dev.kassa.domain.error.DomainException}: the request may be retried later with the same
 * idempotency key, so it is reported as the service being unavailable and never stored as an
 * answer.
 */
public final class PaymentProviderException extends RuntimeException {

  public PaymentProviderException(String message, Throwable cause) {
    super(message, cause);
  }

  public PaymentProviderException(String message) {
    super(message);
  }
}
