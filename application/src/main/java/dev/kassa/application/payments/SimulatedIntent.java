package dev.kassa.application.payments;

import dev.kassa.domain.shared.Money;
import java.util.Objects;

/** An intent of the simulated provider: what is to be paid, and where it stands there. */
public record SimulatedIntent(String id, Money amount, String status, String orderId) {

  public SimulatedIntent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }
}
