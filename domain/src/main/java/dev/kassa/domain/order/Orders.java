package dev.kassa.domain.order;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Optional;

/** Orders with their lines, payment and status history. */
public interface Orders {

  void add(Order order);

  /** Stores a changed status (appending to the history) and payment. */
  void update(Order order);

  Optional<Order> find(OrderId id);

  /** Reads the order and locks it until the current unit of work ends. */
  Optional<Order> lock(OrderId id);

  /** Orders matching the query, newest first. */
  Page<Order> page(OrderQuery query, PageRequest request);
}
