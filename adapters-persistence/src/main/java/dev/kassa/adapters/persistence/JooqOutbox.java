package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;
import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX_SUBJECTS;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * The outbox in PostgreSQL. The subject's counter row in {@code outbox_subjects} is upserted with
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}: its row lock holds a second append for
 * the same subject until the first transaction ends, so sequences come out 1, 2, 3 without gaps.
 * The upsert is a common table expression of the event's insert: one statement, one round trip.
 */
public final class JooqOutbox implements Outbox {

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqOutbox(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public StoredEvent append(DomainEvent event, Optional<TraceContext> trace) {
    return transactions.inTransaction(
        () -> {
          var counter = DSL.name("counter");
          var next =
              counter.as(
                  DSL.insertInto(OUTBOX_SUBJECTS)
                      .columns(OUTBOX_SUBJECTS.SUBJECT, OUTBOX_SUBJECTS.LAST_SEQUENCE)
                      .values(event.subject(), 1L)
                      .onConflict(OUTBOX_SUBJECTS.SUBJECT)
                      .doUpdate()
                      .set(OUTBOX_SUBJECTS.LAST_SEQUENCE, OUTBOX_SUBJECTS.LAST_SEQUENCE.plus(1L))
                      .returningResult(OUTBOX_SUBJECTS.LAST_SEQUENCE));
          var row = OutboxMapper.toRecord(event, trace);
          long sequence;
          try {
            sequence =
                database
                    .dsl()
                    .with(next)
                    .insertInto(
                        OUTBOX,
                        OUTBOX.ID,
                        OUTBOX.TYPE,
                        OUTBOX.SUBJECT,
                        OUTBOX.SEQUENCE,
                        OUTBOX.TIME,
                        OUTBOX.DATA,
                        OUTBOX.TRACEPARENT,
                        OUTBOX.TRACESTATE)
                    .select(
                        DSL.select(
                                DSL.val(row.getId(), OUTBOX.ID),
                                DSL.val(row.getType(), OUTBOX.TYPE),
                                DSL.val(row.getSubject(), OUTBOX.SUBJECT),
                                next.field(OUTBOX_SUBJECTS.LAST_SEQUENCE),
                                DSL.val(row.getTime(), OUTBOX.TIME),
                                DSL.val(row.getData(), OUTBOX.DATA),
                                DSL.val(row.getTraceparent(), OUTBOX.TRACEPARENT),
                                DSL.val(row.getTracestate(), OUTBOX.TRACESTATE))
                            .from(next))
                    .returningResult(OUTBOX.SEQUENCE)
                    .fetchSingle()
                    .value1();
          } catch (IntegrityConstraintViolationException duplicate) {
            throw new IllegalArgumentException(
                "event " + event.id() + " exists already", duplicate);
          }
          var stored = new StoredEvent(event, sequence, trace);
          return stored;
        });
  }

  @Override
  public Optional<StoredEvent> find(EventId id) {
    return database
        .dsl()
        .selectFrom(OUTBOX)
        .where(OUTBOX.ID.eq(id.value()))
        .fetchOptional(OutboxMapper::toDomain);
  }

  @Override
  public Page<StoredEvent> page(EventFilter filter, PageRequest request) {
    var where = DSL.noCondition();
    if (filter.type() != null) {
      where = where.and(OUTBOX.TYPE.eq(filter.type().code()));
    }
    if (filter.subject() != null) {
      where = where.and(OUTBOX.SUBJECT.eq(filter.subject()));
    }
    return Pages.fetch(
        database.dsl(), OUTBOX, where, List.of(OUTBOX.SEQ.desc()), request, OutboxMapper::toDomain);
  }

  @Override
  public List<StoredEvent> bySubject(String subject) {
    return database
        .dsl()
        .selectFrom(OUTBOX)
        .where(OUTBOX.SUBJECT.eq(subject))
        .orderBy(OUTBOX.SEQUENCE)
        .fetch(OutboxMapper::toDomain);
  }
}
