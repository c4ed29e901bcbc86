package dev.kassa.application.fakes;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider for use-case tests: it records the calls Kassa makes, makes one refund per idempotency
 * key, can be told to fail, and takes events as {@code id|type|intent|amount|currency} signed with
 * the header {@value #GOOD_SIGNATURE} (the real signature scheme is tested with the real adapters).
 * Every call that would cross the network fails the test with an {@link AssertionError} when it
 * comes while a unit of work is open: no provider call may hold a database transaction's locks or
 * be repeated by its retry.
 */
public final class FakeGateway implements PaymentGateway {

  public static final String GOOD_SIGNATURE = "good";

  public record RefundCall(String intentId, Money amount, String idempotencyKey) {}

  private final Transactions transactions;

  private final Map<String, IntentRequest> intents = new ConcurrentHashMap<>();
  private final List<String> cancelled = new CopyOnWriteArrayList<>();
  private final List<RefundCall> refunds = new CopyOnWriteArrayList<>();
  private final Map<String, ProviderRefund> refundsByKey = new ConcurrentHashMap<>();
  private volatile Runnable onRefund = () -> {};
  private volatile boolean down;
  private volatile boolean silent;
  private volatile boolean crashAfterNextRefund;

  public FakeGateway(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public String provider() {
    return "simulated";
  }

  @Override
  public ProviderIntent createIntent(IntentRequest request) {
    beforeNetworkCall();
    var id = "pi_" + request.idempotencyKey().replace("-", "");
    intents.putIfAbsent(id, request);
    return new ProviderIntent(id, id + "_secret");
  }

  @Override
  public void cancelIntent(String intentId) {
    beforeNetworkCall();
    cancelled.add(intentId);
  }

  @Override
  public ProviderRefund refund(String intentId, Money amount, String idempotencyKey) {
    beforeNetworkCall();
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
    var parts = payload.split("\\|", -1);
    return new ProviderEvent(
        parts[0], parts[1], parts[2], Money.of(Long.parseLong(parts[3]), parts[4]), now);
  }

  public static String event(String id, String type, String intentId, Money amount) {
    return String.join(
        "|",
        id,
        type,
        intentId,
        Long.toString(amount.minor()),
        amount.currency().getCurrencyCode());
  }

  public void goDown() {
    down = true;
  }

  /** The provider stops answering: whether it acted on a call is unknown. */
  public void goSilent() {
    silent = true;
  }

  public void comeBack() {
    down = false;
    silent = false;
  }

  /** Runs {@code hook} whenever a refund is asked for, before the provider makes it. */
  public void onRefund(Runnable hook) {
    onRefund = hook;
  }

  /** The next refund is made, but its caller never hears the answer, as if Kassa crashed. */
  public void crashAfterNextRefund() {
    crashAfterNextRefund = true;
  }

  public IntentRequest intent(String id) {
    return intents.get(id);
  }

  public int intentsCreated() {
    return intents.size();
  }

  public List<String> cancelled() {
    return List.copyOf(cancelled);
  }

  public List<RefundCall> refunds() {
    return List.copyOf(refunds);
  }

  private void beforeNetworkCall() {
    if (transactions.inUnitOfWork()) {
      throw new AssertionError("the payment provider was called inside a unit of work");
    }
    if (silent) {
      throw PaymentProviderException.unanswered("no answer from the provider", null);
    }
    if (down) {
      throw new PaymentProviderException("provider down");
    }
  }
}
