package dev.kassa.adapters.payments;

import dev.kassa.application.payments.PaymentSimulator;
import dev.kassa.application.payments.SimulatedIntent;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.SignedEvent;
import dev.kassa.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider in memory that behaves like Stripe for Kassa: intents that wait for payment ({@value
 * #PENDING}) until the buyer approves ({@value #SUCCEEDED}) or declines ({@value #FAILED}) on the
 * hosted page, which yields a webhook event signed with the webhook secret as Stripe signs its own.
 * Creating intents and refunds is idempotent per key; a key reused for another request is refused,
 * as Stripe refuses it. Thread-safe; its state lives as long as the object.
 */
public final class SimulatedGateway implements PaymentGateway, PaymentSimulator {

  public static final String PROVIDER = "simulated";
  public static final String PENDING = "requires_payment_method";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "payment_failed";
  public static final String CANCELED = "canceled";

  private final StripeWebhooks webhooks;
  private final Clock clock;
  private final Map<String, StoredIntent> intents = new HashMap<>();
  private final Map<String, String> intentIdsByKey = new HashMap<>();
  private final Map<String, IssuedRefund> refundsByKey = new HashMap<>();

  public SimulatedGateway(String webhookSecret, Clock clock) {
    this.webhooks = new StripeWebhooks(webhookSecret);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public synchronized ProviderIntent createIntent(IntentRequest request) {
    var knownId = intentIdsByKey.get(request.idempotencyKey());
    if (knownId != null) {
      var known = intents.get(knownId);
      if (!known.isFor(request)) {
        throw new PaymentProviderException("idempotency key reused for another payment intent");
      }
      return known.providerIntent();
    }
    var id = RandomIds.next("pi_");
    var intent = new StoredIntent(id, RandomIds.next(id + "_secret_"), request);
    intents.put(id, intent);
    intentIdsByKey.put(request.idempotencyKey(), id);
    return intent.providerIntent();
  }

  @Override
  public synchronized void cancelIntent(String intentId) {
    var intent = existing(intentId);
    if (intent.status.equals(SUCCEEDED)) {
      throw new PaymentProviderException("a succeeded payment intent cannot be canceled");
    }
    intent.status = CANCELED;
  }

  @Override
  public synchronized ProviderRefund refund(String intentId, Money amount, String idempotencyKey) {
    var issued = refundsByKey.get(idempotencyKey);
    if (issued != null) {
      if (!issued.intentId().equals(intentId) || !issued.amount().equals(amount)) {
        throw new PaymentProviderException("idempotency key reused for another refund");
      }
      return issued.refund();
    }
    var intent = existing(intentId);
    if (!intent.status.equals(SUCCEEDED)) {
      throw new PaymentProviderException("the payment intent has no successful payment to refund");
    }
    var left = intent.request.amount().minus(intent.refunded);
    if (!amount.isPositive() || !amount.currency().equals(left.currency())) {
      throw new PaymentProviderException(
          "a refund is for a positive amount in the intent's currency");
    }
    if (left.isLessThan(amount)) {
      throw new PaymentProviderException("the refund exceeds the " + left + " left to refund");
    }
    intent.refunded = intent.refunded.plus(amount);
    var refund = new ProviderRefund(RandomIds.next("re_"), RefundStatus.SUCCEEDED);
    refundsByKey.put(idempotencyKey, new IssuedRefund(intentId, amount, refund));
    return refund;
  }

  @Override
  public ProviderEvent verifiedEvent(String payload, String signatureHeader, Instant now) {
    return webhooks.verifiedEvent(payload, signatureHeader, now);
  }

  @Override
  public synchronized Optional<SimulatedIntent> intent(String intentId) {
    return Optional.ofNullable(intents.get(intentId)).map(StoredIntent::view);
  }

  @Override
  public SignedEvent settle(String intentId, boolean approve) {
    var status = approve ? SUCCEEDED : FAILED;
    var type = approve ? ProviderEvent.SUCCEEDED : ProviderEvent.FAILED;
    var now = clock.instant();
    String payload;
    synchronized (this) {
      var intent = intents.get(intentId);
      if (intent == null) {
        throw new NotFoundException("payment", intentId);
      }
      if (!intent.status.equals(PENDING)) {
        throw ConflictException.invalidStateTransition(intent.status, status);
      }
      intent.status = status;
      payload =
          SimulatedEvents.payload(
              RandomIds.next("evt_"), type, now, intent.view(), intent.request.paymentId());
    }
    return webhooks.sign(payload, now);
  }

  private StoredIntent existing(String intentId) {
    var intent = intents.get(intentId);
    if (intent == null) {
      throw new PaymentProviderException("no such payment intent: " + intentId);
    }
    return intent;
  }

  private record IssuedRefund(String intentId, Money amount, ProviderRefund refund) {}
}
