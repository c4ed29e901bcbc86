package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The delivery state of the in-process workers: one row per event and subscriber. */
final class InProcessStates implements DeliveryStates {

  private final EventDeliveries deliveries;
  private final Clock clock;

  InProcessStates(EventDeliveries deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public List<EventDelivery> of(StoredEvent event) {
    return deliveries.of(event.id());
  }

  @Override
  public Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request) {
    return deliveries.events(filter, status, request);
  }

  @Override
  public void redeliver(StoredEvent event, List<String> subscribers) {
    deliveries.schedule(event, subscribers, clock.instant());
  }

  @Override
  public Backlog backlog() {
    return new Backlog(deliveries.counts(), OptionalLong.empty());
  }

  @Override
  public Optional<Instant> oldestWaiting() {
    return deliveries.oldestPendingSince();
  }
}
