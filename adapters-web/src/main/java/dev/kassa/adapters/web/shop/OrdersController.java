package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.orders.CancelOrder;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.orders.GetOrder;
import dev.kassa.application.orders.ListOrders;
import dev.kassa.application.orders.UpdateOrderStatus;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;

/**
 * {@code /v1/checkout} and {@code /v1/orders}: buy the cart, read orders, cancel one (stock and
 * money go back), and move one along its delivery (admins).
 */
public final class OrdersController implements Controller {

  private static final String ORDER = "/v1/orders/{id}";

  private final Checkout checkout;
  private final ListOrders listOrders;
  private final GetOrder getOrder;
  private final CancelOrder cancelOrder;
  private final UpdateOrderStatus updateOrderStatus;

  public OrdersController(
      Checkout checkout,
      ListOrders listOrders,
      GetOrder getOrder,
      CancelOrder cancelOrder,
      UpdateOrderStatus updateOrderStatus) {
    this.checkout = checkout;
    this.listOrders = listOrders;
    this.getOrder = getOrder;
    this.cancelOrder = cancelOrder;
    this.updateOrderStatus = updateOrderStatus;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/checkout", RouteAccess.USER, this::checkout)
        .get("/v1/orders", RouteAccess.USER, this::list)
        .get(ORDER, RouteAccess.USER, this::get)
        .patch(ORDER, RouteAccess.ADMIN, this::update)
        .post(ORDER + "/cancel", RouteAccess.USER, this::cancel);
  }

  private void checkout(Call call) {
    var command = call.command(CheckoutRequest.class, CheckoutRequest::toCommand);
    var actor = call.actor();
    call.idempotentInSteps(
        201,
        () -> checkout.reserve(actor, command).id().toString(),
        orderId -> OrderResponse.from(checkout.finish(actor, OrderId.of(orderId))));
  }

  private void list(Call call) {
    var query =
        new ListOrders.Query(
            call.query("userId", Fields.uuid(UserId::new)).orElse(null),
            call.query("status", OrderStatus::parse).orElse(null),
            call.page());
    call.okPage(listOrders.execute(call.actor(), query), OrderResponse::from);
  }

  private void get(Call call) {
    call.ok(OrderResponse.from(getOrder.execute(call.actor(), id(call))));
  }

  private void update(Call call) {
    var id = id(call);
    var command = call.command(UpdateOrderRequest.class, UpdateOrderRequest::toCommand);
    call.ok(OrderResponse.from(updateOrderStatus.execute(call.actor(), id, command)));
  }

  private void cancel(Call call) {
    var id = id(call);
    var actor = call.actor();
    call.idempotentInSteps(
        200,
        () -> cancelOrder.request(actor, id).id().toString(),
        orderId -> OrderResponse.from(cancelOrder.finish(actor, OrderId.of(orderId))));
  }

  private static OrderId id(Call call) {
    return call.pathId("id", "order", OrderId::of);
  }
}
