package dev.kassa.application.orders;

import dev.kassa.application.payments.GatewayIntents;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.order.ShippingAddress;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.util.ArrayList;

/**
 * Buys everything in the caller's cart, all or nothing, in one unit of work: the stock of every
 * line is taken, the payment is taken (see {@link PaymentChoice}), the order is created with the
 * prices of now, and the cart is emptied. Paid from an account, the money moves at once; by card, a
 * hold is placed on the card's account; through the gateway, the stock is reserved first and the
 * provider's intent opened after that unit of work has committed ({@link GatewayIntents}), so no
 * lock waits on the network; the order then waits for the provider's word. When any line is short,
 * the refusal names every short product and nothing changes.
 */
public final class Checkout {

  /** How the order is paid, and where it goes ({@code shippingAddress}, optional). */
  public record Command(PaymentChoice paymentMethod, ShippingAddress shippingAddress) {
    public Command {
      if (paymentMethod == null) {
        throw ValidationException.of("paymentMethod", "is required");
      }
    }

    public Command(PaymentChoice paymentMethod) {
      this(paymentMethod, null);
    }

    public static Command fromAccount(AccountId accountId) {
      return new Command(PaymentChoice.account(accountId));
    }
  }

  private final Transactions transactions;
  private final Carts carts;
  private final Products products;
  private final Sale sale;
  private final GatewayIntents intents;
  private final Orders orders;

  public Checkout(
      Transactions transactions,
      Carts carts,
      Products products,
      Sale sale,
      GatewayIntents intents,
      Orders orders) {
    this.transactions = transactions;
    this.orders = orders;
    this.carts = carts;
    this.products = products;
    this.sale = sale;
    this.intents = intents;
  }

  public Order execute(Actor actor, Command command) {
    return finish(reserve(actor, command));
  }

  /**
   * The first step, in one unit of work: the sale, paid at once, held, or (through the gateway)
   * reserved with its intent still to open.
   */
  public Order reserve(Actor actor, Command command) {
    return transactions.inTransaction(
        () -> {
          var cart = carts.lock(actor.id());
          if (cart.isEmpty()) {
            throw ValidationException.of("cart", "is empty");
          }
          var items = new ArrayList<Sale.Item>();
          var unavailable = new ArrayList<ProductId>();
          for (var line : cart.lines()) {
            products
                .find(line.productId())
                .filter(Product::isActive)
                .ifPresentOrElse(
                    product -> items.add(new Sale.Item(product, line.quantity())),
                    () -> unavailable.add(line.productId()));
          }
          if (!unavailable.isEmpty()) {
            throw ValidationException.of(
                "cart", "holds products that are no longer sold: " + unavailable);
          }
          var order =
              sale.complete(
                  actor,
                  OrderKind.CHECKOUT,
                  items,
                  command.paymentMethod(),
                  command.shippingAddress());
          if (!order.payment().awaitsIntent()) {
            carts.save(cart.clear());
          }
          return order;
        });
  }

  /**
   * The rest, with no unit of work open: opens the provider's intent of a reserved gateway order.
   * Safe to call again for the same order (a retry after a crash): the intent's idempotency key is
   * the order's.
   *
   * @throws PaymentProviderException when the intent cannot be opened; the reservation is released
   */
  public Order finish(Actor actor, OrderId id) {
    return finish(OrderLookup.visible(orders, actor, id));
  }

  private Order finish(Order order) {
    var payment = order.payment();
    if (payment.awaitsIntent()) {
      return intents.open(order);
    }
    if (payment.method() == PaymentMethod.GATEWAY && payment.providerRef() == null) {
      throw new PaymentProviderException(
          "the payment of order " + order.id() + " could not be opened at the provider");
    }
    return order;
  }
}
