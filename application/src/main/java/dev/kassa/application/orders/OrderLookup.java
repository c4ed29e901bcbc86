package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.UserId;
import java.util.Optional;

/** Finds an order its owner or an admin names; anyone else is told it does not exist. */
final class OrderLookup {

  private OrderLookup() {}

  static Order visible(Orders orders, Actor actor, OrderId id) {
    return check(orders.find(id), actor, id);
  }

  /** Like {@link #visible}, but locked until the current unit of work ends. */
  static Order lockedVisible(Orders orders, Actor actor, OrderId id) {
    return check(orders.lock(id), actor, id);
  }

  /**
   * Whose orders a listing covers: a customer's own, an admin's choice of one user's ({@code
   * requested}) or, without it (null), everyone's.
   */
  static UserId owners(Actor actor, UserId requested) {
    if (actor.isAdmin()) {
      return requested;
    }
    if (requested != null && !requested.equals(actor.id())) {
      throw new ForbiddenException("Only admins may list another user's orders.");
    }
    return actor.id();
  }

  private static Order check(Optional<Order> found, Actor actor, OrderId id) {
    var order = found.orElseThrow(() -> new NotFoundException("order", id));
    AccessPolicy.requireVisible(actor, order.userId(), "order", id);
    return order;
  }
}
