package dev.kassa.application;

/**
 * How the use cases declare events: {@code stock.low} fires when a sale or an adjustment takes a
 * product's stock from above {@code stockLowThreshold} to it or below.
 */
public record EventSettings(int stockLowThreshold) {

  public static final int DEFAULT_STOCK_LOW_THRESHOLD = 5;

  public EventSettings {
    if (stockLowThreshold < 0) {
      throw new IllegalArgumentException("stockLowThreshold must not be negative");
    }
  }

  public static EventSettings defaults() {
    return new EventSettings(DEFAULT_STOCK_LOW_THRESHOLD);
  }
}
