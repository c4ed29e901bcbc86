package dev.kassa.bootstrap.config;

import dev.kassa.application.EventSettings;
import dev.kassa.domain.product.Product;

/** How domain events are declared: {@code STOCK_LOW_THRESHOLD} (default 5). */
public record Events(int stockLowThreshold) {

  static Events read(Variables variables) {
    return new Events(
        variables.integer(
            "STOCK_LOW_THRESHOLD",
            EventSettings.DEFAULT_STOCK_LOW_THRESHOLD,
            0,
            Product.MAX_STOCK));
  }

  public EventSettings settings() {
    return new EventSettings(stockLowThreshold);
  }
}
