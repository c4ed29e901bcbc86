package dev.kassa.application.orders;

import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.ShippingAddress;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.util.List;

/**
 * Buys one product in one step, paid at once from the caller's account, without touching the cart:
 * a one-line order of kind purchase, with the same guarantees as a checkout.
 */
public final class Purchase {

  /** What to buy, from which account, and where it goes ({@code shippingAddress}, optional). */
  public record Command(
      ProductId productId, int quantity, AccountId accountId, ShippingAddress shippingAddress) {
    public Command(ProductId productId, int quantity, AccountId accountId) {
      this(productId, quantity, accountId, null);
    }

    public Command {
      new ValidationException.Collector()
          .require(productId, "productId")
          .check(
              quantity >= 1 && quantity <= CartLine.MAX_QUANTITY,
              "quantity",
              "must be between 1 and " + CartLine.MAX_QUANTITY)
          .require(accountId, "accountId")
          .throwIfAny();
    }

    /** The paying account, as the unit of work names it. */
    public List<AccountId> accounts() {
      return List.of(accountId);
    }
  }

  private final Transactions transactions;
  private final Products products;
  private final Sale sale;

  public Purchase(Transactions transactions, Products products, Sale sale) {
    this.transactions = transactions;
    this.products = products;
    this.sale = sale;
  }

  /**
   * Names the paying account as a lock of its unit of work, so that a batch of purchases locks its
   * buyers' accounts together before its first sale (see {@link Sale} for the order of locks).
   */
  public Order execute(Actor actor, Command command) {
    return transactions.inTransaction(
        command.accounts(),
        () -> {
          var product =
              products
                  .find(command.productId())
                  .filter(Product::isActive)
                  .orElseThrow(() -> new NotFoundException("product", command.productId()));
          var item = new Sale.Item(product, command.quantity());
          return sale.complete(
              actor,
              OrderKind.PURCHASE,
              List.of(item),
              PaymentChoice.account(command.accountId()),
              command.shippingAddress());
        });
  }
}
