package dev.kassa.application.testdata;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.Payment;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Paid orders for tests: lines snapshot the given products; the payment is captured from the given
 * account by the given journal entry (a checkout unless told otherwise).
 */
public final class OrderBuilder {

  private UserId user;
  private OrderKind kind = OrderKind.CHECKOUT;
  private final List<OrderLine> lines = new ArrayList<>();
  private AccountId account;
  private EntryId entry;
  private Instant at = TestTime.now();

  private OrderBuilder() {}

  public static OrderBuilder anOrder() {
    return new OrderBuilder();
  }

  public OrderBuilder by(UserId user) {
    this.user = user;
    return this;
  }

  public OrderBuilder ofKind(OrderKind kind) {
    this.kind = kind;
    return this;
  }

  public OrderBuilder withLine(Product product, int quantity) {
    lines.add(
        new OrderLine(product.id(), product.sku(), product.name(), product.price(), quantity));
    return this;
  }

  public OrderBuilder paidFrom(AccountId account, EntryId entry) {
    this.account = account;
    this.entry = entry;
    return this;
  }

  public OrderBuilder at(Instant at) {
    this.at = at;
    return this;
  }

  public Order build() {
    Objects.requireNonNull(user, "an order needs a buyer: call by(...)");
    if (lines.isEmpty()) {
      throw new IllegalStateException("an order needs a line: call withLine(...)");
    }
    var currency = lines.getFirst().unitPrice().currency();
    var payment =
        Payment.capturedFromAccount(Order.subtotalOf(lines, currency), account, entry, at);
    return Order.paid(OrderId.newId(), user, kind, lines, payment, at);
  }
}
