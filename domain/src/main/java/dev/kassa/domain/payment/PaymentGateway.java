package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Money;
import java.time.Instant;

/**
 * An external payment provider, Stripe-compatible: it takes payments through intents the buyer
 * confirms with their client secret, tells Kassa the outcome through signed webhook events, and
 * gives money back on request. Every call that changes something at the provider carries an
 * idempotency key, so that a retried call never charges or refunds twice.
 *
 * @see PaymentProviderException for a provider that cannot be reached or refuses a call
 */
public interface PaymentGateway {

  /**
   * The provider's name, as in {@code /v1/webhooks/{provider}} and a payment's {@code provider}.
   */
  String provider();

  /** Creates an intent for the amount, with the order and payment ids as metadata. */
  ProviderIntent createIntent(IntentRequest request);

  /** Cancels an intent that was never paid; cancelling a cancelled intent does nothing. */
  void cancelIntent(String intentId);

  /** Gives back {@code amount} of what the intent took. */
  ProviderRefund refund(String intentId, Money amount, String idempotencyKey);

  /**
   * Checks the signature header over the raw payload before anything of it is parsed, then reads
   * the event.
   *
   * @throws dev.kassa.domain.error.ValidationException when the signature is missing, wrong or
   *     older than the tolerance, or the signed payload is not an event
   */
  ProviderEvent verifiedEvent(String payload, String signatureHeader, Instant now);
}
