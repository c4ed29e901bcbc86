package dev.kassa.application.orders;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider for use-case tests: it records the calls Kassa makes, makes one refund per idempotency
 * key, can be told to fail, and takes events as {@code id|type|intent|amount|currency} signed with
 * the header {@value #GOOD_SIGNATURE} (the real signature scheme is tested with the real adapters).
 */
final class FakeGateway implements PaymentGateway {

  static final String GOOD_SIGNATURE = "good";

  record RefundCall(String intentId, Money amount, String idempotencyKey) {}

  private final Map<String, IntentRequest> intents = new ConcurrentHashMap<>();
  private final List<String> cancelled = new CopyOnWriteArrayList<>();
  private final List<RefundCall> refunds = new CopyOnWriteArrayList<>();
  private final Map<String, ProviderRefund> refundsByKey = new ConcurrentHashMap<>();
  private volatile Runnable onRefund = () -> {};
  private volatile boolean down;
  private volatile boolean crashAfterNextRefund;

  @Override
  public String provider() {
    return "simulated";
  }

  @Override
  public ProviderIntent createIntent(IntentRequest request) {
    failIfDown();
    var id = "pi_" + request.idempotencyKey().replace("-", "");
    intents.putIfAbsent(id, request);
    return new ProviderIntent(id, id + "_secret");
  }

  @Override
  public void cancelIntent(String intentId) {
    failIfDown();
    cancelled.add(intentId);
  }

  @Override
  public ProviderRefund refund(String intentId, Money amount, String idempotencyKey) {
    failIfDown();
    onRefund.run();
    refunds.add(new RefundCall(intentId, amount, idempotencyKey));
    var given =
        refundsByKey.computeIfAbsent(
            idempotencyKey,
            key -> new ProviderRefund("re_" + refundsByKey.size(), RefundStatus.SUCCEEDED));
    if (crashAfterNextRefund) {
      crashAfterNextRefund = false;
      throw new IllegalStateException("Kassa crashed after the provider refunded");
    }
    return given;
  }

  @Override
  public ProviderEvent verifiedEvent(String payload, String signatureHeader, Instant now) {
    if (!GOOD_SIGNATURE.equals(signatureHeader)) {
      throw ValidationException.of("Stripe-Signature", "does not match");
    }
    var parts = payload.split("\\|");
    return new ProviderEvent(
        parts[0], parts[1], parts[2], Money.of(Long.parseLong(parts[3]), parts[4]), now);
  }

  static String event(String id, String type, String intentId, Money amount) {
    return String.join(
        "|",
        id,
        type,
        intentId,
        Long.toString(amount.minor()),
        amount.currency().getCurrencyCode());
  }

  void goDown() {
    down = true;
  }

  void comeBack() {
    down = false;
  }

  /** Runs {@code hook} whenever a refund is asked for, before the provider makes it. */
  void onRefund(Runnable hook) {
    onRefund = hook;
  }

  /** The next refund is made, but its caller never hears the answer, as if Kassa crashed. */
  void crashAfterNextRefund() {
    crashAfterNextRefund = true;
  }

  IntentRequest intent(String id) {
    return intents.get(id);
  }

  List<String> cancelled() {
    return List.copyOf(cancelled);
  }

  List<RefundCall> refunds() {
    return List.copyOf(refunds);
  }

  private void failIfDown() {
    if (down) {
      throw new PaymentProviderException("provider down");
    }
  }
}
