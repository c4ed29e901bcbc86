package dev.kassa.domain.order;

import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders with their lines, payment and status history. */
public interface Orders {

  void add(Order order);

  /** Stores a changed status (appending to the history) and payment. */
  void update(Order order);

  Optional<Order> find(OrderId id);

  /** Reads the order and locks it until the current unit of work ends. */
  Optional<Order> lock(OrderId id);

  /** The order that the payment belongs to. */
  Optional<Order> findByPayment(PaymentId payment);

  /**
   * Locks, until the current unit of work ends, the order paid through the provider's intent {@code
   * providerRef}, and reads it.
   */
  Optional<Order> lockByProviderRef(String provider, String providerRef);

  /**
   * Orders whose money was never taken and whose payment expired at or before {@code now}: a
   * gateway payment still {@code pending} (an unpaid reservation) or a card payment still {@code
   * authorized} (a hold never captured); oldest expiry first, at most {@code limit}.
   */
  List<OrderId> unpaidExpired(Instant now, int limit);

  /** Orders matching the query, newest first. */
  Page<Order> page(OrderQuery query, PageRequest request);
}
