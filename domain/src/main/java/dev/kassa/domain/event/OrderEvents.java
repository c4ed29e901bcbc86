package dev.kassa.domain.event;

import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.Refund;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events of orders and their refunds. The payment is named by method and status only: never its
 * client secret. A shipped order carries its carrier and tracking number when they are known; a
 * refund by line its items.
 */
public final class OrderEvents {

  private OrderEvents() {}

  public static DomainEvent placed(Order order, Instant now) {
    return DomainEvent.of(EventType.ORDER_PLACED, order.id(), now, data(order));
  }

  /** The event of the status {@code order} has just reached: paid, shipped, cancelled... */
  public static DomainEvent reached(Order order, Instant now) {
    var type =
        switch (order.status()) {
          case PAID -> EventType.ORDER_PAID;
          case PAYMENT_FAILED -> EventType.ORDER_PAYMENT_FAILED;
          case SHIPPED -> EventType.ORDER_SHIPPED;
          case DELIVERED -> EventType.ORDER_DELIVERED;
          case CANCELLED -> EventType.ORDER_CANCELLED;
          case PENDING_PAYMENT ->
              throw new IllegalArgumentException("an order is placed, not moved, pending payment");
        };
    return DomainEvent.of(type, order.id(), now, data(order));
  }

  /** A refund that completed (succeeded or pending at the provider); its subject is the order. */
  public static DomainEvent refundIssued(Refund refund, Instant now) {
    var data = new LinkedHashMap<String, Object>();
    data.put("refundId", refund.id().toString());
    data.put("orderId", refund.orderId().toString());
    data.put("paymentId", refund.paymentId().toString());
    data.putAll(EventData.money(refund.amount()));
    data.put("status", refund.status().code());
    if (!refund.lines().isEmpty()) {
      data.put("items", refundLines(refund));
      data.put("restock", refund.restock());
    }
    return DomainEvent.of(EventType.REFUND_ISSUED, refund.orderId(), now, data);
  }

  private static Map<String, Object> data(Order order) {
    var payment = order.payment();
    var data = new LinkedHashMap<String, Object>();
    data.put("orderId", order.id().toString());
    data.put("userId", order.userId().toString());
    data.put("kind", order.kind().name().toLowerCase(Locale.ROOT));
    data.put("status", order.status().code());
    data.putAll(EventData.money(order.total(), "total"));
    data.put("paymentMethod", payment.method().code());
    data.put("paymentStatus", payment.status().code());
    data.put("lines", lines(order));
    var shipment = order.shipment();
    if (shipment != null) {
      data.put("carrier", shipment.carrier());
      data.put("trackingNumber", shipment.trackingNumber());
    }
    return data;
  }

  private static List<Map<String, Object>> refundLines(Refund refund) {
    return refund.lines().stream()
        .map(
            line -> {
              var data = new LinkedHashMap<String, Object>();
              data.put("productId", line.productId().toString());
              data.put("quantity", line.quantity());
              data.put("amount", line.amount().minor());
              return (Map<String, Object>) data;
            })
        .toList();
  }

  private static List<Map<String, Object>> lines(Order order) {
    return order.lines().stream()
        .map(
            line -> {
              var data = new LinkedHashMap<String, Object>();
              data.put("productId", line.productId().toString());
              data.put("sku", line.sku());
              data.put("name", line.name());
              data.put("quantity", line.quantity());
              data.put("unitPrice", line.unitPrice().minor());
              return (Map<String, Object>) data;
            })
        .toList();
  }
}
