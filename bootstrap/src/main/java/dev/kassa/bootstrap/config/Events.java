package dev.kassa.bootstrap.config;

import dev.kassa.application.EventSettings;
import dev.kassa.application.events.CloudEvents;
import dev.kassa.domain.product.Product;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * How domain events are declared and delivered: {@code STOCK_LOW_THRESHOLD} (default 5), {@code
 * EVENT_MAX_ATTEMPTS} before a delivery is dead (default 12), {@code EVENT_LAG_WARN} past which
 * delivery counts as lagging (default {@code PT1M}), {@code EVENT_SOURCE} (the CloudEvents source,
 * default {@code /kassa}), {@code EVENT_WORKERS} delivery threads in the process (default 2) and
 * {@code EVENT_SHUTDOWN_DEADLINE} for deliveries in flight at shutdown (default {@code PT10S}).
 */
public record Events(
    int stockLowThreshold,
    int maxAttempts,
    Duration lagWarn,
    URI source,
    int workers,
    Duration shutdownDeadline) {

  static Events read(Variables variables) {
    return new Events(
        variables.integer(
            "STOCK_LOW_THRESHOLD", EventSettings.DEFAULT_STOCK_LOW_THRESHOLD, 0, Product.MAX_STOCK),
        variables.integer("EVENT_MAX_ATTEMPTS", EventSettings.DEFAULT_MAX_ATTEMPTS, 1, 100),
        variables.positiveDuration("EVENT_LAG_WARN", EventSettings.DEFAULT_LAG_WARN),
        source(variables),
        variables.integer("EVENT_WORKERS", 2, 0, 64),
        variables.positiveDuration("EVENT_SHUTDOWN_DEADLINE", Duration.ofSeconds(10)));
  }

  private static URI source(Variables variables) {
    var text = variables.get("EVENT_SOURCE").orElse(CloudEvents.DEFAULT_SOURCE);
    try {
      return new URI(text);
    } catch (URISyntaxException notAUri) {
      variables.problem("EVENT_SOURCE", "must be a URI reference such as /kassa");
      return URI.create(CloudEvents.DEFAULT_SOURCE);
    }
  }

  public EventSettings settings() {
    return new EventSettings(stockLowThreshold, maxAttempts, lagWarn, source);
  }
}
