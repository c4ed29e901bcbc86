package dev.kassa.domain.order;

import dev.kassa.domain.error.ValidationException;

/**
 * How a shipped order travels: the {@code carrier} and its {@code trackingNumber}, each optional
 * (trimmed; blank is absent) and bounded.
 */
public record Shipment(String carrier, String trackingNumber) {

  public static final int MAX_CARRIER = 100;
  public static final int MAX_TRACKING_NUMBER = 100;

  public Shipment {
    carrier = trimmed(carrier);
    trackingNumber = trimmed(trackingNumber);
    new ValidationException.Collector()
        .check(
            carrier == null || carrier.length() <= MAX_CARRIER,
            "carrier",
            "must be at most " + MAX_CARRIER + " characters")
        .check(
            trackingNumber == null || trackingNumber.length() <= MAX_TRACKING_NUMBER,
            "trackingNumber",
            "must be at most " + MAX_TRACKING_NUMBER + " characters")
        .throwIfAny();
  }

  /** Whether neither carrier nor tracking number is known. */
  public boolean isEmpty() {
    return carrier == null && trackingNumber == null;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
