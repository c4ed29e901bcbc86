package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.APPLIED_EVENTS;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.domain.event.EventId;

/**
 * The applied events in PostgreSQL, one row per subscriber and event; recording inserts with {@code
 * ON CONFLICT DO NOTHING}, inside the running unit of work when there is one.
 */
public final class JooqAppliedEvents implements AppliedEvents {

  private final JooqDatabase database;

  public JooqAppliedEvents(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public boolean contains(String subscriber, EventId event) {
    return database
        .dsl()
        .fetchExists(
            APPLIED_EVENTS,
            APPLIED_EVENTS
                .SUBSCRIBER
                .eq(subscriber)
                .and(APPLIED_EVENTS.EVENT_ID.eq(event.value())));
  }

  @Override
  public boolean record(String subscriber, EventId event) {
    return database
            .dsl()
            .insertInto(APPLIED_EVENTS, APPLIED_EVENTS.SUBSCRIBER, APPLIED_EVENTS.EVENT_ID)
            .values(subscriber, event.value())
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
