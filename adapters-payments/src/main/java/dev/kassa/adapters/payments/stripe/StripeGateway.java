package dev.kassa.adapters.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import dev.kassa.adapters.payments.StripeWebhooks;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Stripe through stripe-java: payment intents with automatic payment methods, refunds, and webhooks
 * verified with the Stripe webhook secret. Calls time out, and stripe-java retries a call that
 * failed on the network, a 409 or a 5xx a few times with the same idempotency key. Every failure
 * becomes a {@link PaymentProviderException} whose message carries the HTTP status, Stripe's error
 * code and request id, never a secret.
 */
public final class StripeGateway implements PaymentGateway {

  public static final String PROVIDER = "stripe";
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
  static final int MAX_NETWORK_RETRIES = 2;

  private final StripeClient client;
  private final StripeWebhooks webhooks;

  public StripeGateway(StripeSettings settings) {
    var builder =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
            .setReadTimeout((int) READ_TIMEOUT.toMillis())
            .setMaxNetworkRetries(MAX_NETWORK_RETRIES);
    if (settings.apiBase() != null) {
      builder.setApiBase(settings.apiBase());
    }
    this.client = builder.build();
    this.webhooks = new StripeWebhooks(settings.webhookSecret());
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public ProviderIntent createIntent(IntentRequest request) {
    var params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amount().minor())
            .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .putMetadata("order_id", request.orderId().toString())
            .putMetadata("payment_id", request.paymentId().toString())
            .setAutomaticPaymentMethods(
                PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .build())
            .build();
    var intent =
        call(
            "create the payment intent",
            () -> client.v1().paymentIntents().create(params, keyed(request.idempotencyKey())));
    if (intent.getId() == null || intent.getClientSecret() == null) {
      throw new PaymentProviderException("Stripe answered a payment intent without its secret");
    }
    return new ProviderIntent(intent.getId(), intent.getClientSecret());
  }

  @Override
  public void cancelIntent(String intentId) {
    try {
      client.v1().paymentIntents().cancel(intentId);
    } catch (StripeException e) {
      if (!isCanceledAlready(e)) {
        throw failure("cancel the payment intent", e);
      }
    }
  }

  @Override
  public ProviderRefund refund(String intentId, Money amount, String idempotencyKey) {
    var params =
        RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amount.minor()).build();
    var refund = call("refund", () -> client.v1().refunds().create(params, keyed(idempotencyKey)));
    var status = String.valueOf(refund.getStatus());
    return switch (status) {
      case "succeeded" -> new ProviderRefund(refund.getId(), RefundStatus.SUCCEEDED);
      case "pending", "requires_action" -> new ProviderRefund(refund.getId(), RefundStatus.PENDING);
      default -> throw new PaymentProviderException("Stripe answered a refund that is " + status);
    };
  }

  @Override
  public ProviderEvent verifiedEvent(String payload, String signatureHeader, Instant now) {
    return webhooks.verifiedEvent(payload, signatureHeader, now);
  }

  private static RequestOptions keyed(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static boolean isCanceledAlready(StripeException e) {
    var error = e.getStripeError();
    return error != null
        && error.getPaymentIntent() != null
        && "canceled".equals(error.getPaymentIntent().getStatus());
  }

  private static <T> T call(String action, StripeCall<T> call) {
    try {
      return call.call();
    } catch (StripeException e) {
      throw failure(action, e);
    }
  }

  private static PaymentProviderException failure(String action, StripeException e) {
    if (e instanceof ApiConnectionException) {
      return PaymentProviderException.unanswered("Stripe could not be reached to " + action, e);
    }
    var detail = new StringJoiner(", ", " (", ")");
    if (e.getStatusCode() != null) {
      detail.add("HTTP " + e.getStatusCode());
    }
    if (e.getCode() != null && e.getCode().matches("[a-z_]{1,64}")) {
      detail.add(e.getCode());
    }
    if (e.getRequestId() != null && e.getRequestId().matches("[A-Za-z0-9_]{1,64}")) {
      detail.add("request " + e.getRequestId());
    }
    var status = e.getStatusCode();
    if (status == null || status == 429 || status >= 500) {
      return PaymentProviderException.unanswered("Stripe failed to " + action + detail, e);
    }
    return new PaymentProviderException("Stripe refused to " + action + detail, e);
  }

  @FunctionalInterface
  private interface StripeCall<T> {
    T call() throws StripeException;
  }
}
