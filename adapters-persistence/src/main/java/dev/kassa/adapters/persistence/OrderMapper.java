package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.OrderLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrderStatusHistoryRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PaymentStatusHistoryRecord;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.StatusChange;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Maps an order to its row (with the payment inline, see {@link PaymentMapper}), its line rows and
 * its history rows.
 */
final class OrderMapper {

  private OrderMapper() {}

  static Order toDomain(
      OrdersRecord row,
      List<OrderLinesRecord> lines,
      List<OrderStatusHistoryRecord> history,
      List<PaymentStatusHistoryRecord> paymentHistory) {
    var currency = Currency.getInstance(row.getCurrency());
    return new Order(
        new OrderId(row.getId()),
        new UserId(row.getUserId()),
        OrderKind.valueOf(row.getKind().toUpperCase(Locale.ROOT)),
        OrderStatus.parse(row.getStatus()),
        currency,
        lines.stream()
            .map(
                line ->
                    new OrderLine(
                        new ProductId(line.getProductId()),
                        line.getSku(),
                        line.getName(),
                        Money.of(line.getUnitPrice(), currency),
                        line.getQuantity()))
            .toList(),
        row.getPaymentId() == null ? null : PaymentMapper.toDomain(row, currency, paymentHistory),
        history.stream()
            .map(step -> new StatusChange(OrderStatus.parse(step.getStatus()), step.getChangedAt()))
            .toList(),
        row.getCreatedAt(),
        row.getUpdatedAt(),
        ShippingMapper.address(row),
        ShippingMapper.shipment(row));
  }

  static OrdersRecord toRecord(Order order) {
    var row =
        Rows.of(Tables.ORDERS)
            .setId(order.id().value())
            .setUserId(order.userId().value())
            .setKind(kindCode(order.kind()))
            .setCurrency(order.currency().getCurrencyCode())
            .setCreatedAt(order.createdAt());
    return withChanges(ShippingMapper.withAddress(row, order), order);
  }

  /** Sets what an update may change: status, payment, shipment and update time. */
  static OrdersRecord withChanges(OrdersRecord row, Order order) {
    row.setStatus(order.status().code()).setUpdatedAt(order.updatedAt());
    ShippingMapper.withShipment(row, order);
    var payment = order.payment();
    if (payment != null && !payment.amount().currency().equals(order.currency())) {
      throw new IllegalArgumentException("an order is paid in its own currency");
    }
    return PaymentMapper.withPayment(row, payment);
  }

  static List<OrderLinesRecord> lineRecords(Order order) {
    var lines = order.lines();
    return IntStream.range(0, lines.size())
        .mapToObj(
            position -> {
              var line = lines.get(position);
              return Rows.of(Tables.ORDER_LINES)
                  .setOrderId(order.id().value())
                  .setPosition(position)
                  .setProductId(line.productId().value())
                  .setSku(line.sku())
                  .setName(line.name())
                  .setUnitPrice(line.unitPrice().minor())
                  .setQuantity(line.quantity());
            })
        .toList();
  }

  /** The history rows of the order from position {@code from} on. */
  static List<OrderStatusHistoryRecord> historyRecords(Order order, int from) {
    var history = order.history();
    return IntStream.range(from, history.size())
        .mapToObj(
            position ->
                Rows.of(Tables.ORDER_STATUS_HISTORY)
                    .setOrderId(order.id().value())
                    .setPosition(position)
                    .setStatus(history.get(position).status().code())
                    .setChangedAt(history.get(position).at()))
        .toList();
  }

  static String kindCode(OrderKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
