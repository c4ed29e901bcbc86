package dev.kassa.application;

import dev.kassa.application.events.CloudEvents;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the use cases declare events and how the process delivers them: {@code stock.low} fires when
 * a sale or an adjustment takes a product's stock from above {@code stockLowThreshold} to it or
 * below; a delivery is {@code dead} after {@code maxAttempts} failed attempts; delivery counts as
 * lagging once its oldest pending delivery is older than {@code lagWarn}; events name {@code
 * source} as their CloudEvents source.
 */
public record EventSettings(int stockLowThreshold, int maxAttempts, Duration lagWarn, URI source) {

  public static final int DEFAULT_STOCK_LOW_THRESHOLD = 5;
  public static final int DEFAULT_MAX_ATTEMPTS = 12;
  public static final Duration DEFAULT_LAG_WARN = Duration.ofMinutes(1);

  public EventSettings {
    if (stockLowThreshold < 0) {
      throw new IllegalArgumentException("stockLowThreshold must not be negative");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (!lagWarn.isPositive()) {
      throw new IllegalArgumentException("lagWarn must be positive");
    }
    Objects.requireNonNull(source, "source");
  }

  /** The defaults, but {@code stock.low} at {@code stockLowThreshold}. */
  public EventSettings(int stockLowThreshold) {
    this(
        stockLowThreshold,
        DEFAULT_MAX_ATTEMPTS,
        DEFAULT_LAG_WARN,
        URI.create(CloudEvents.DEFAULT_SOURCE));
  }

  public static EventSettings defaults() {
    return new EventSettings(DEFAULT_STOCK_LOW_THRESHOLD);
  }
}
