package dev.kassa.domain.order;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import java.util.Locale;
import java.util.Set;

/**
 * The order lifecycle: {@code pending_payment -> paid -> shipped -> delivered}, {@code
 * pending_payment -> payment_failed}, and {@code pending_payment | paid -> cancelled}.
 */
public enum OrderStatus {
  PENDING_PAYMENT,
  PAID,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  PAYMENT_FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static OrderStatus parse(String code) {
    for (var status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw ValidationException.of("status", "is not an order status");
  }

  public boolean canMoveTo(OrderStatus target) {
    return next().contains(target);
  }

  /** The next status, or {@code invalid_state_transition} when the step is not allowed. */
  public OrderStatus moveTo(OrderStatus target) {
    if (!canMoveTo(target)) {
      throw ConflictException.invalidStateTransition(code(), target.code());
    }
    return target;
  }

  private Set<OrderStatus> next() {
    return switch (this) {
      case PENDING_PAYMENT -> Set.of(PAID, PAYMENT_FAILED, CANCELLED);
      case PAID -> Set.of(SHIPPED, CANCELLED);
      case SHIPPED -> Set.of(DELIVERED);
      case DELIVERED, CANCELLED, PAYMENT_FAILED -> Set.of();
    };
  }
}
