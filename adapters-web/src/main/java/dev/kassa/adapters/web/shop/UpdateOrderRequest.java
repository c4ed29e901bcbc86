package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.UpdateOrderStatus;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Shipment;

/**
 * {@code PATCH /v1/orders/{id}}: the order's next delivery status, shipped or delivered; shipped
 * optionally with the {@code carrier} and {@code trackingNumber}.
 */
public record UpdateOrderRequest(@Required String status, String carrier, String trackingNumber) {

  public UpdateOrderStatus.Command toCommand(Fields fields) {
    var next = fields.parse("status", status, OrderStatus::parse);
    var shipment = fields.attempt("shipment", () -> new Shipment(carrier, trackingNumber));
    return new UpdateOrderStatus.Command(next, shipment);
  }
}
