package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.orders.RefundOrder;
import dev.kassa.application.payments.GetPayment;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.shared.OrderId;
import java.util.Objects;

/**
 * {@code GET /v1/payments/{id}} (the buyer or an admin) and {@code POST /v1/orders/{id}/refunds}
 * (admins, idempotent): read a payment with its history and refunds, and give money of a paid order
 * back, all that is left or part of it.
 */
public final class PaymentsController implements Controller {

  private final GetPayment getPayment;
  private final RefundOrder refundOrder;

  public PaymentsController(GetPayment getPayment, RefundOrder refundOrder) {
    this.getPayment = Objects.requireNonNull(getPayment, "getPayment");
    this.refundOrder = Objects.requireNonNull(refundOrder, "refundOrder");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/payments/{id}", RouteAccess.USER, this::get)
        .post("/v1/orders/{id}/refunds", RouteAccess.ADMIN, this::refund);
  }

  private void get(Call call) {
    var id = call.pathId("id", "payment", PaymentId::of);
    call.ok(PaymentResponse.from(getPayment.execute(call.actor(), id)));
  }

  private void refund(Call call) {
    var id = call.pathId("id", "order", OrderId::of);
    var command =
        call.optionalCommand(RefundRequest.class, RefundRequest::toCommand)
            .orElseGet(RefundOrder.Command::everything);
    var actor = call.actor();
    call.idempotentInSteps(
        201,
        () -> refundOrder.request(actor, id, command).id().toString(),
        refundId -> RefundResponse.from(refundOrder.finish(actor, RefundId.of(refundId))));
  }
}
