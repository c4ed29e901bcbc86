package dev.kassa.bootstrap.observability;

import dev.kassa.application.events.CheckEventDelivery;
import dev.kassa.application.events.DeliveryListener;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The event delivery's series: {@code kassa_event_deliveries_total} by subscriber and outcome
 * ({@code delivered}, {@code retried}, {@code dead}; subscribers are a handful of fixed names), and
 * the outbox lag {@code kassa_outbox_lag_seconds}, the age of the oldest pending delivery.
 */
final class EventDeliveryMetrics implements DeliveryListener {

  private final MeterRegistry registry;

  EventDeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void recorded(StoredEvent event, EventDelivery outcome) {
    var result =
        switch (outcome.status()) {
          case PENDING -> "retried";
          case DELIVERED, DEAD -> outcome.status().name().toLowerCase(Locale.ROOT);
        };
    Counter.builder("kassa_event_deliveries")
        .description("Event deliveries by subscriber and outcome")
        .tag("subscriber", outcome.subscriber())
        .tag("outcome", result)
        .register(registry)
        .increment();
  }

  void watchLag(CheckEventDelivery check) {
    Gauge.builder("kassa_outbox_lag_seconds", check, it -> it.execute().lag().toMillis() / 1000.0)
        .description("Age of the oldest pending event delivery")
        .register(registry);
  }
}
