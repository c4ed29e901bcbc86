package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventConsumersTest {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void everyListenerIsToldEvenWhenOneBeforeItFails() {
    var told = new ArrayList<String>();
    DeliveryListener failing =
        (event, outcome) -> {
          throw new IllegalStateException("metrics are down");
        };
    DeliveryListener recording = (event, outcome) -> told.add(outcome.subscriber());
    var consumers = new EventConsumers(List.of(), List.of(failing, recording));
    var event =
        new StoredEvent(DomainEvent.of(EventType.STOCK_ADJUSTED, "p-1", NOW, Map.of("n", 1)), 1);

    consumers
        .listener()
        .recorded(event, EventDelivery.pending(event.event().id(), "mail", NOW).delivered(NOW));

    assertThat(told).containsExactly("mail");
  }

  @Test
  void consumersOfSubscribersTellNobody() {
    assertThat(EventConsumers.of(List.of()).listeners()).isEmpty();
  }
}
