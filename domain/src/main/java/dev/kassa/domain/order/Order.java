package dev.kassa.domain.order;

import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An order: lines with snapshot prices, one currency, its payment and the history of its status,
 * where it goes ({@code shippingAddress}, when the buyer gave one) and how it travels ({@code
 * shipment}, once shipped with a carrier or tracking number). Status changes go through {@link
 * #moveTo}, which refuses illegal steps.
 */
public record Order(
    OrderId id,
    UserId userId,
    OrderKind kind,
    OrderStatus status,
    Currency currency,
    List<OrderLine> lines,
    Payment payment,
    List<StatusChange> history,
    Instant createdAt,
    Instant updatedAt,
    ShippingAddress shippingAddress,
    Shipment shipment) {

  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    lines = List.copyOf(lines);
    history = List.copyOf(history);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
    lines.forEach(line -> line.unitPrice().requireCurrency(currency));
    if (shipment != null && shipment.isEmpty()) {
      shipment = null;
    }
  }

  /** An order paid in full at once. */
  public static Order paid(
      OrderId id,
      UserId user,
      OrderKind kind,
      List<OrderLine> lines,
      Payment payment,
      Instant now) {
    var currency = payment.amount().currency();
    return new Order(
        id,
        user,
        kind,
        OrderStatus.PAID,
        currency,
        lines,
        payment,
        List.of(new StatusChange(OrderStatus.PAID, now)),
        now,
        now,
        null,
        null);
  }

  /** An order whose payment the buyer still has to make at a provider. */
  public static Order awaitingPayment(
      OrderId id,
      UserId user,
      OrderKind kind,
      List<OrderLine> lines,
      Payment payment,
      Instant now) {
    return new Order(
        id,
        user,
        kind,
        OrderStatus.PENDING_PAYMENT,
        payment.amount().currency(),
        lines,
        payment,
        List.of(new StatusChange(OrderStatus.PENDING_PAYMENT, now)),
        now,
        now,
        null,
        null);
  }

  public static Money subtotalOf(List<OrderLine> lines, Currency currency) {
    var sum = Money.zero(currency);
    for (var line : lines) {
      sum = sum.plus(line.lineTotal());
    }
    return sum;
  }

  public Money subtotal() {
    return subtotalOf(lines, currency);
  }

  /** No shipping or tax yet: the total is the subtotal. */
  public Money total() {
    return subtotal();
  }

  /** How much of the payment went back: zero when nothing was paid or refunded. */
  public Money amountRefunded() {
    return payment == null ? Money.zero(currency) : payment.refunded();
  }

  /** The order sent to {@code address} (null for none); set when the order is placed. */
  public Order shippingTo(ShippingAddress address) {
    return new Order(
        id, userId, kind, status, currency, lines, payment, history, createdAt, updatedAt, address,
        shipment);
  }

  public Order moveTo(OrderStatus target, Instant now) {
    var changed = new ArrayList<>(history);
    changed.add(new StatusChange(status.moveTo(target), now));
    return new Order(
        id,
        userId,
        kind,
        target,
        currency,
        lines,
        payment,
        changed,
        createdAt,
        now,
        shippingAddress,
        shipment);
  }

  /** The order moved to {@code shipped}, travelling as {@code travel} says (null: unknown). */
  public Order ship(Shipment travel, Instant now) {
    var shipped = moveTo(OrderStatus.SHIPPED, now);
    return new Order(
        id,
        userId,
        kind,
        shipped.status(),
        currency,
        lines,
        payment,
        shipped.history(),
        createdAt,
        now,
        shippingAddress,
        travel);
  }

  public Order withPayment(Payment changed, Instant now) {
    return new Order(
        id,
        userId,
        kind,
        status,
        currency,
        lines,
        changed,
        history,
        createdAt,
        now,
        shippingAddress,
        shipment);
  }
}
