package dev.kassa.application.orders;

import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.UserId;
import java.util.Objects;

/**
 * Lists purchases (orders of kind purchase), newest first: a customer's own; an admin's choice of
 * one user's ({@code userId}) or, without it, everyone's.
 */
public final class ListPurchases {

  /** {@code userId} is optional. */
  public record Query(UserId userId, PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final Orders orders;

  public ListPurchases(Orders orders) {
    this.orders = orders;
  }

  public Page<Order> execute(Actor actor, Query query) {
    var owner = OrderLookup.owners(actor, query.userId());
    return orders.page(new OrderQuery(owner, null, OrderKind.PURCHASE), query.page());
  }
}
