package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.orders.RefundOrder;

/**
 * {@code POST /v1/orders/{id}/refunds}: {@code amount} in minor units of the order's currency, or
 * nothing (an empty body or {@code {}}) for all that is left to refund.
 */
public record RefundRequest(Long amount) {

  public RefundOrder.Command toCommand(Fields fields) {
    return new RefundOrder.Command(amount);
  }
}
