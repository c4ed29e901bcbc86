package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.shop.OrderResponse;
import dev.kassa.application.payments.GetPayment;
import dev.kassa.domain.payment.PaymentChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment with the order it pays, every status it went through and the refunds made of it. The
 * fields it shares with an order's {@code payment} mean the same: {@code clientSecret} only while
 * the payment is {@code pending}.
 */
public record PaymentResponse(
    UUID id,
    UUID orderId,
    String method,
    String provider,
    String providerRef,
    String status,
    long amount,
    long amountRefunded,
    String currency,
    UUID accountId,
    UUID cardId,
    String clientSecret,
    Instant expiresAt,
    List<Step> history,
    List<RefundResponse> refunds,
    Instant createdAt) {

  public PaymentResponse {
    history = List.copyOf(history);
    refunds = List.copyOf(refunds);
  }

  /** One status the payment took, and when. */
  public record Step(String status, Instant at) {

    static Step from(PaymentChange change) {
      return new Step(change.status().code(), change.at());
    }
  }

  public static PaymentResponse from(GetPayment.PaymentDetails details) {
    var payment = details.order().payment();
    var shown = OrderResponse.PaymentResponse.from(payment);
    return new PaymentResponse(
        shown.id(),
        details.order().id().value(),
        shown.method(),
        shown.provider(),
        shown.providerRef(),
        shown.status(),
        shown.amount(),
        shown.amountRefunded(),
        shown.currency(),
        shown.accountId(),
        shown.cardId(),
        shown.clientSecret(),
        shown.expiresAt(),
        payment.history().stream().map(Step::from).toList(),
        details.refunds().stream().map(RefundResponse::from).toList(),
        shown.createdAt());
  }
}
