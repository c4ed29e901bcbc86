package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.RECEIVED_EVENTS;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.payment.ReceivedEventId;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Received provider events in PostgreSQL. {@link #addIfNew} inserts with {@code ON CONFLICT
 * (provider, event_id) DO NOTHING}: while another transaction holds an uncommitted row of the same
 * event, PostgreSQL makes the insert wait for it to end, so exactly one of concurrent deliveries
 * inserts (or, when the first rolls back, the next one does). The others count a delivery on the
 * committed row.
 */
public final class JooqReceivedEvents implements ReceivedEvents {

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqReceivedEvents(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public boolean addIfNew(ReceivedEvent event) {
    return transactions.inTransaction(
        () -> {
          var dsl = database.dsl();
          var inserted =
              dsl.insertInto(RECEIVED_EVENTS)
                  .set(ReceivedEventMapper.toRecord(event))
                  .onConflict(RECEIVED_EVENTS.PROVIDER, RECEIVED_EVENTS.EVENT_ID)
                  .doNothing()
                  .execute();
          if (inserted == 1) {
            return true;
          }
          var last =
              DSL.greatest(
                  RECEIVED_EVENTS.LAST_RECEIVED_AT,
                  DSL.val(event.receivedAt(), RECEIVED_EVENTS.LAST_RECEIVED_AT));
          dsl.update(RECEIVED_EVENTS)
              .set(RECEIVED_EVENTS.DELIVERIES, RECEIVED_EVENTS.DELIVERIES.plus(1))
              .set(RECEIVED_EVENTS.LAST_RECEIVED_AT, last)
              .where(named(event.provider(), event.eventId()))
              .execute();
          return false;
        });
  }

  @Override
  public void complete(ReceivedEventId id, EventOutcome outcome) {
    var updated =
        database
            .dsl()
            .update(RECEIVED_EVENTS)
            .set(RECEIVED_EVENTS.OUTCOME, outcome.code())
            .where(RECEIVED_EVENTS.ID.eq(id.value()))
            .execute();
    if (updated == 0) {
      throw new NotFoundException("received event", id);
    }
  }

  @Override
  public Optional<ReceivedEvent> find(String provider, String eventId) {
    return database
        .dsl()
        .selectFrom(RECEIVED_EVENTS)
        .where(named(provider, eventId))
        .fetchOptional(ReceivedEventMapper::toDomain);
  }

  @Override
  public Page<ReceivedEvent> page(PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        RECEIVED_EVENTS,
        DSL.noCondition(),
        List.of(RECEIVED_EVENTS.RECEIVED_AT.desc(), RECEIVED_EVENTS.SEQ.desc()),
        request,
        ReceivedEventMapper::toDomain);
  }

  private static Condition named(String provider, String eventId) {
    return RECEIVED_EVENTS.PROVIDER.eq(provider).and(RECEIVED_EVENTS.EVENT_ID.eq(eventId));
  }
}
