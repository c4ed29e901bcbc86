package dev.kassa.adapters.payments;

import dev.kassa.application.payments.SimulatedIntent;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.shared.Money;

/** An intent of the simulated provider as it stands: not thread-safe, its gateway guards it. */
final class StoredIntent {
  private final String id;
  private final String clientSecret;
  final IntentRequest request;
  String status = SimulatedGateway.PENDING;
  Money refunded;

  StoredIntent(String id, String clientSecret, IntentRequest request) {
    this.id = id;
    this.clientSecret = clientSecret;
    this.request = request;
    this.refunded = Money.zero(request.amount().currency());
  }

  boolean isFor(IntentRequest other) {
    return request.orderId().equals(other.orderId())
        && request.paymentId().equals(other.paymentId())
        && request.amount().equals(other.amount());
  }

  ProviderIntent providerIntent() {
    return new ProviderIntent(id, clientSecret);
  }

  SimulatedIntent view() {
    return new SimulatedIntent(id, request.amount(), status, request.orderId().toString());
  }
}
