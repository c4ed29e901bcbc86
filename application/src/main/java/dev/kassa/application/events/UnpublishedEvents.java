package dev.kassa.application.events;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The outbox as a relay to a message broker sees it: the events not yet published. Several relays
 * may share it. A relay claims a batch for a lease, publishes it with no unit of work open, then
 * marks what the broker acknowledged as published; what it could not send it releases, and what a
 * relay that died had claimed comes back when its lease runs out. So every event is published at
 * least once, and never dropped.
 */
public interface UnpublishedEvents {

  /**
   * Claims up to {@code limit} unpublished events for {@code lease}, oldest first, skipping those
   * another relay holds. An event is never handed out while an earlier event of its subject is
   * claimed by someone else, so publishing each batch in order keeps every subject in order.
   */
  List<StoredEvent> claim(int limit, Duration lease);

  /** Marks those events published: they are never claimed again. */
  void markPublished(Collection<EventId> ids);

  /** Gives back the claim on those events, which were not published, so they go out again soon. */
  void release(Collection<EventId> ids);

  /**
   * Makes {@code id} unpublished again, so a relay publishes it once more (a redelivery). Joins the
   * running unit of work.
   */
  void republish(EventId id);
}
