package dev.kassa.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** One round of the relay sends at most one event of each subject: the oldest it claimed. */
class OutboxRelayTest {

  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  private final Claims outbox = new Claims();
  private final OutboxRelay relay =
      new OutboxRelay(KafkaSettings.of("unused:9092", "events", 3), outbox, producer);

  @Test
  void sendsALaterEventOfASubjectOnlyInARoundAfterTheEarlierOneWasAcknowledged() {
    var first = event("transfer-1", 1);
    var second = event("transfer-1", 2);
    var other = event("order-7", 1);
    outbox.claims.add(List.of(first, second, other));
    outbox.claims.add(List.of(second));

    assertThat(relay.publishBatch()).isEqualTo(2);
    assertThat(sentIds()).containsExactly(first.id(), other.id());
    assertThat(outbox.released).containsExactly(second.id());
    assertThat(outbox.published).containsExactly(first.id(), other.id());

    assertThat(relay.publishBatch()).isEqualTo(1);
    assertThat(sentIds()).containsExactly(first.id(), other.id(), second.id());
    assertThat(outbox.published).containsExactly(first.id(), other.id(), second.id());
  }

  private List<EventId> sentIds() {
    return producer.history().stream()
        .map(ProducerRecord::value)
        .map(CloudEventJson::read)
        .map(StoredEvent::id)
        .toList();
  }

  private static StoredEvent event(String subject, long sequence) {
    return new StoredEvent(
        DomainEvent.of(
            EventType.TRANSFER_COMPLETED, subject, Instant.parse("2026-12-07T10:00:00Z"), Map.of()),
        sequence);
  }

  /** Hands out the queued claims one round each, and records what the relay did with them. */
  private static final class Claims implements UnpublishedEvents {
    private final Queue<List<StoredEvent>> claims = new ArrayDeque<>();
    private final List<EventId> published = new ArrayList<>();
    private final List<EventId> released = new ArrayList<>();

    @Override
    public List<StoredEvent> claim(int limit, Duration lease) {
      var next = claims.poll();
      return next == null ? List.of() : next;
    }

    @Override
    public void markPublished(Collection<EventId> ids) {
      published.addAll(ids);
    }

    @Override
    public void release(Collection<EventId> ids) {
      released.addAll(ids);
    }

    @Override
    public void republish(EventId id) {
      throw new UnsupportedOperationException("not a relay's call");
    }
  }
}
