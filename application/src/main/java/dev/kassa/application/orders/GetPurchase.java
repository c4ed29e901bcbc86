package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.Actor;

/** Reads one purchase (an order of kind purchase): its owner's or, for admins, anyone's. */
public final class GetPurchase {

  private final Orders orders;

  public GetPurchase(Orders orders) {
    this.orders = orders;
  }

  public Order execute(Actor actor, OrderId id) {
    var order =
        orders
            .find(id)
            .filter(found -> found.kind() == OrderKind.PURCHASE)
            .orElseThrow(() -> new NotFoundException("purchase", id));
    AccessPolicy.requireVisible(actor, order.userId(), "purchase", id);
    return order;
  }
}
