package dev.kassa.application.payments;

import dev.kassa.application.catalog.Restock;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;

/**
 * Opens at the provider the intent of a gateway order that a checkout has reserved, with no unit of
 * work open and no row locked while the provider answers. The reserved order is the record made
 * before the call: once the intent exists it is attached to the order and the buyer's cart is
 * emptied; when the provider cannot be reached, the reservation is released (stock back, the order
 * {@code payment_failed}) and the cart stays as it was. The intent's idempotency key is the
 * order's, so asking again never opens a second intent for one order.
 */
public final class GatewayIntents {

  private final Transactions transactions;
  private final Orders orders;
  private final Carts carts;
  private final Restock restock;
  private final PaymentSettings settings;
  private final Outbox outbox;
  private final Clock clock;

  public GatewayIntents(
      Transactions transactions,
      Orders orders,
      Carts carts,
      Restock restock,
      PaymentSettings settings,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.carts = carts;
    this.restock = restock;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Returns the order with its intent attached.
   *
   * @throws PaymentProviderException when the provider cannot open it: the reservation is released,
   *     so nothing of the checkout is left to follow ({@link PaymentProviderException#isRefusal})
   */
  public Order open(Order reserved) {
    var payment = reserved.payment();
    var gateway = settings.requireGateway(payment.provider());
    ProviderIntent intent;
    try {
      intent =
          gateway.createIntent(
              new IntentRequest(
                  reserved.id(), payment.id(), payment.amount(), "order-" + reserved.id()));
    } catch (RuntimeException unopened) {
      transactions.run(() -> release(reserved.id()));
      throw new PaymentProviderException(
          "the provider could not open the payment of order " + reserved.id(), unopened);
    }
    return transactions.inTransaction(() -> attach(reserved.id(), intent));
  }

  private Order attach(OrderId id, ProviderIntent intent) {
    var order = orders.lock(id).orElseThrow(() -> new NotFoundException("order", id));
    if (intent.id().equals(order.payment().providerRef())) {
      return order;
    }
    if (!order.payment().awaitsIntent()) {
      ProviderCalls.cancelIntentAfterCommit(
          transactions, settings, order.payment().provider(), intent.id(), "intent of " + id);
      throw ConflictException.invalidStateTransition(order.status().code(), "pending_payment");
    }
    var opened = order.withPayment(order.payment().withIntent(intent), clock.instant());
    orders.update(opened);
    carts.save(carts.lock(order.userId()).clear());
    return opened;
  }

  private void release(OrderId id) {
    var found = orders.lock(id).filter(order -> order.payment().awaitsIntent());
    if (found.isEmpty()) {
      return;
    }
    var order = found.get();
    var now = clock.instant();
    restock.linesOf(order, StockReason.RELEASE, now);
    var failed =
        order.withPayment(order.payment().failed(now), now).moveTo(OrderStatus.PAYMENT_FAILED, now);
    orders.update(failed);
    outbox.append(OrderEvents.reached(failed, now));
  }
}
