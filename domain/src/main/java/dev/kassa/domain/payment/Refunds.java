package dev.kassa.domain.payment;

import dev.kassa.domain.shared.OrderId;
import java.util.List;
import java.util.Optional;

/** Refunds of orders; they are only ever added. */
public interface Refunds {

  void add(Refund refund);

  Optional<Refund> find(RefundId id);

  /** The order's refunds, oldest first. */
  List<Refund> byOrder(OrderId order);
}
