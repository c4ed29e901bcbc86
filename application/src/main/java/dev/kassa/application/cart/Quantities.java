package dev.kassa.application.cart;

import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.error.ValidationException;

/** The quantity a caller may put on one cart line. */
final class Quantities {

  private Quantities() {}

  static void check(int quantity, ValidationException.Collector problems) {
    problems.check(
        quantity >= 1 && quantity <= CartLine.MAX_QUANTITY,
        "quantity",
        "must be between 1 and " + CartLine.MAX_QUANTITY);
  }
}
