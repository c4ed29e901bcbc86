package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.UpdateOrderStatus;
import dev.kassa.domain.order.OrderStatus;

/** {@code PATCH /v1/orders/{id}}: the order's next delivery status, shipped or delivered. */
public record UpdateOrderRequest(@Required String status) {

  public UpdateOrderStatus.Command toCommand(Fields fields) {
    return new UpdateOrderStatus.Command(fields.parse("status", status, OrderStatus::parse));
  }
}
