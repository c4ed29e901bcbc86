package dev.kassa.application.testdata;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Orders for tests: lines snapshot the given products. Unless told otherwise, the order is a
 * checkout paid at once from the given account by the given journal entry; it may instead be paid
 * by a card hold, or await the buyer's payment at a provider.
 */
public final class OrderBuilder {

  private UserId user;
  private OrderKind kind = OrderKind.CHECKOUT;
  private final List<OrderLine> lines = new ArrayList<>();
  private BiFunction<Money, Instant, Payment> payment =
      (amount, now) -> Payment.capturedFromAccount(amount, null, null, now);
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
    this.payment = (amount, now) -> Payment.capturedFromAccount(amount, account, entry, now);
    return this;
  }

  /** Paid by a hold on the card's account, authorized until {@code expiresAt}. */
  public OrderBuilder paidByCard(AccountId account, CardId card, HoldId hold, Instant expiresAt) {
    this.payment =
        (amount, now) -> Payment.authorizedOnCard(amount, account, card, hold, expiresAt, now);
    return this;
  }

  /** Awaiting the buyer's payment of the provider's intent until {@code expiresAt}. */
  public OrderBuilder awaitingProvider(String provider, ProviderIntent intent, Instant expiresAt) {
    this.payment =
        (amount, now) ->
            Payment.pendingAtProvider(PaymentId.newId(), provider, intent, amount, expiresAt, now);
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
    var amount = Order.subtotalOf(lines, lines.getFirst().unitPrice().currency());
    var paid = payment.apply(amount, at);
    return paid.status() == PaymentStatus.PENDING
        ? Order.awaitingPayment(OrderId.newId(), user, kind, lines, paid, at)
        : Order.paid(OrderId.newId(), user, kind, lines, paid, at);
  }
}
