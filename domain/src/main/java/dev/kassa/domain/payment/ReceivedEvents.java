package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Every provider event Kassa received. The pair (provider, event id) is unique, and the record is
 * written in the same unit of work as the event's effect: that is what applies each event at most
 * once.
 */
public interface ReceivedEvents {

  /**
   * Records the first delivery of an event, inside the current unit of work. When the event is
   * recorded already, counts one more delivery (at {@code event.receivedAt()}) and returns false;
   * while another unit of work is recording the same event, waits for it to end first.
   */
  boolean addIfNew(ReceivedEvent event);

  /** Sets what was done with the event. */
  void complete(ReceivedEventId id, EventOutcome outcome);

  Optional<ReceivedEvent> find(String provider, String eventId);

  /** Received events, most recently received first. */
  Page<ReceivedEvent> page(PageRequest request);
}
