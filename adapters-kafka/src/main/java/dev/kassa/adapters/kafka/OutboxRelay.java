package dev.kassa.adapters.kafka;

import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox to the events topic, keyed by subject, oldest first. Each round claims a
 * batch with a lease (a short transaction), sends the oldest claimed event of each subject with no
 * transaction open, waits for the acknowledgements, then marks the acknowledged events published
 * and releases the rest, so the next round goes on at once. A send refused at once (no broker
 * answered within the send timeout) ends the batch: the rest would wait as long. While the broker
 * is down nothing is acknowledged, so the events stay in the outbox until it is back. An event with
 * a trace carries it in the W3C {@code traceparent} and {@code tracestate} headers too, so a
 * consumer continues the trace of the request that made it.
 *
 * <p>One event of a subject in flight at a time keeps each subject in order whatever the broker
 * does: a send that fails (a timeout, an append the broker gave up on after its retries) never has
 * a later event of its subject acknowledged before it, because that one is only sent once it has
 * been. Subjects are many (a transfer, an order, a product), so a batch still carries many events.
 */
final class OutboxRelay {

  static final String CONTENT_TYPE_HEADER = "content-type";
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 200;

  private final KafkaSettings settings;
  private final UnpublishedEvents outbox;
  private final Producer<String, byte[]> producer;
  private final Duration lease;

  OutboxRelay(KafkaSettings settings, UnpublishedEvents outbox, Producer<String, byte[]> producer) {
    this.settings = settings;
    this.outbox = outbox;
    this.producer = producer;
    this.lease = settings.sendTimeout().multipliedBy(3);
  }

  /**
   * Publishes one batch.
   *
   * @return how many events the broker acknowledged; 0 when there was nothing to publish
   * @throws RuntimeException when the outbox could not be read or updated, or some events could not
   *     be sent (they are released, to go out again)
   */
  int publishBatch() {
    var claimed = oldestOfEachSubject(outbox.claim(BATCH, lease));
    var sends = new ArrayList<Future<RecordMetadata>>(claimed.size());
    for (var event : claimed) {
      var send = send(event);
      sends.add(send);
      if (send.state() == Future.State.FAILED) {
        break;
      }
    }
    var published = new ArrayList<EventId>();
    var unsent = new ArrayList<EventId>();
    for (int i = 0; i < claimed.size(); i++) {
      var sent = i < sends.size() && acknowledged(sends.get(i));
      (sent ? published : unsent).add(claimed.get(i).id());
    }
    outbox.markPublished(published);
    outbox.release(unsent);
    if (!unsent.isEmpty()) {
      throw new KafkaException(
          "Kafka did not take " + unsent.size() + " events; they stay in the outbox");
    }
    return published.size();
  }

  /** The oldest of each subject's events; the others are released at once, for the next round. */
  private List<StoredEvent> oldestOfEachSubject(List<StoredEvent> claimed) {
    var subjects = new HashSet<String>();
    var oldest = new ArrayList<StoredEvent>(claimed.size());
    var later = new ArrayList<EventId>();
    for (var event : claimed) {
      if (subjects.add(event.subject())) {
        oldest.add(event);
      } else {
        later.add(event.id());
      }
    }
    outbox.release(later);
    return oldest;
  }

  private Future<RecordMetadata> send(StoredEvent event) {
    var record =
        new ProducerRecord<>(settings.topic(), event.subject(), CloudEventJson.write(event));
    record
        .headers()
        .add(CONTENT_TYPE_HEADER, CloudEventJson.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    event.trace().ifPresent(trace -> TraceHeaders.write(trace, record.headers()));
    try {
      return producer.send(record);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }

  private static boolean acknowledged(Future<RecordMetadata> send) {
    try {
      send.get();
      return true;
    } catch (ExecutionException failed) {
      LOG.debug("send failed", failed.getCause());
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
