package dev.kassa.application.payments;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.user.Actor;
import java.util.List;

/** Reads a payment with its order and refunds: the buyer's own, or any for admins. */
public final class GetPayment {

  /** A payment, the order it pays, and the refunds made of it, oldest first. */
  public record PaymentDetails(Order order, List<Refund> refunds) {
    public PaymentDetails {
      refunds = List.copyOf(refunds);
    }
  }

  private final Orders orders;
  private final Refunds refunds;

  public GetPayment(Orders orders, Refunds refunds) {
    this.orders = orders;
    this.refunds = refunds;
  }

  public PaymentDetails execute(Actor actor, PaymentId id) {
    var order = orders.findByPayment(id).orElseThrow(() -> new NotFoundException("payment", id));
    AccessPolicy.requireVisible(actor, order.userId(), "payment", id);
    return new PaymentDetails(order, refunds.byOrder(order.id()));
  }
}
