package dev.kassa.application.orders;

import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.Actor;

/** Reads one order, of any kind: its owner's or, for admins, anyone's. */
public final class GetOrder {

  private final Orders orders;

  public GetOrder(Orders orders) {
    this.orders = orders;
  }

  public Order execute(Actor actor, OrderId id) {
    return OrderLookup.visible(orders, actor, id);
  }
}
