package dev.kassa.adapters.web.shop;

import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.ShippingAddress;
import dev.kassa.domain.order.StatusChange;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it: its lines with the names, SKUs and prices of when it was placed,
 * its payment ({@code paymentStatus} repeats its status, {@code refunded} once all paid went back)
 * and how much of it was refunded, where it goes and how it travels once shipped, and its history.
 * Every amount is in minor units of {@code currency}.
 */
public record OrderResponse(
    UUID id,
    UUID userId,
    String status,
    String currency,
    List<Line> items,
    long subtotal,
    long total,
    long amountRefunded,
    String paymentStatus,
    PaymentResponse payment,
    ShippingAddressResponse shippingAddress,
    String carrier,
    String trackingNumber,
    List<Step> statusHistory,
    Instant createdAt,
    Instant updatedAt) {

  public OrderResponse {
    items = List.copyOf(items);
    statusHistory = List.copyOf(statusHistory);
  }

  /** One product as it was sold. */
  public record Line(
      UUID productId, String sku, String name, long unitPrice, int quantity, long lineTotal) {

    static Line from(OrderLine line) {
      return new Line(
          line.productId().value(),
          line.sku(),
          line.name(),
          line.unitPrice().minor(),
          line.quantity(),
          line.lineTotal().minor());
    }
  }

  /**
   * How the order is paid: {@code accountId} is the paying account (the card's account for a card
   * hold), {@code provider} and {@code providerRef} the provider's intent of a gateway payment,
   * which the buyer pays with {@code clientSecret} while it is {@code pending}, before {@code
   * expiresAt} (when a card authorization lapses, for a card payment).
   */
  public record PaymentResponse(
      UUID id,
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
      Instant createdAt) {

    public static PaymentResponse from(Payment payment) {
      return new PaymentResponse(
          payment.id().value(),
          payment.method().code(),
          payment.provider(),
          payment.providerRef(),
          payment.status().code(),
          payment.amount().minor(),
          payment.refunded().minor(),
          payment.amount().currency().getCurrencyCode(),
          payment.accountId() == null ? null : payment.accountId().value(),
          payment.cardId() == null ? null : payment.cardId().value(),
          payment.status() == PaymentStatus.PENDING ? payment.clientSecret() : null,
          payment.expiresAt(),
          payment.createdAt());
    }
  }

  /** One status the order took, and when. */
  public record Step(String status, Instant at) {

    static Step from(StatusChange change) {
      return new Step(change.status().code(), change.at());
    }
  }

  /** Where the order goes; {@code line2} and {@code postalCode} may be null. */
  public record ShippingAddressResponse(
      String name, String line1, String line2, String postalCode, String city, String country) {

    static ShippingAddressResponse from(ShippingAddress address) {
      return address == null
          ? null
          : new ShippingAddressResponse(
              address.name(),
              address.line1(),
              address.line2(),
              address.postalCode(),
              address.city(),
              address.country());
    }
  }

  public static OrderResponse from(Order order) {
    var payment = order.payment();
    var shipment = order.shipment();
    return new OrderResponse(
        order.id().value(),
        order.userId().value(),
        order.status().code(),
        order.currency().getCurrencyCode(),
        order.lines().stream().map(Line::from).toList(),
        order.subtotal().minor(),
        order.total().minor(),
        order.amountRefunded().minor(),
        payment == null ? null : payment.status().code(),
        payment == null ? null : PaymentResponse.from(payment),
        ShippingAddressResponse.from(order.shippingAddress()),
        shipment == null ? null : shipment.carrier(),
        shipment == null ? null : shipment.trackingNumber(),
        order.history().stream().map(Step::from).toList(),
        order.createdAt(),
        order.updatedAt());
  }
}
