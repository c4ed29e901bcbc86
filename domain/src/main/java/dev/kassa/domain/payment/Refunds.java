package dev.kassa.domain.payment;

import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refunds of orders. */
public interface Refunds {

  void add(Refund refund);

  /** Stores a refund's new status, provider ref and entry; the refund must exist. */
  void update(Refund refund);

  Optional<Refund> find(RefundId id);

  /** The order's refunds, oldest first. */
  List<Refund> byOrder(OrderId order);

  /**
   * Refunds still {@code requested} that were created before {@code before}, oldest first, at most
   * {@code limit}: those whose provider call or completion was interrupted.
   */
  List<Refund> requested(Instant before, int limit);
}
