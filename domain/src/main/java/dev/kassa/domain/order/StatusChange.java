package dev.kassa.domain.order;

import java.time.Instant;
import java.util.Objects;

/** One step of an order's history. */
public record StatusChange(OrderStatus status, Instant at) {

  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }
}
