package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;
import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX_SUBJECTS;

import dev.kassa.adapters.persistence.jooq.tables.records.OutboxRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OutboxSubjectsRecord;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The outbox in PostgreSQL. The subject's counter row in {@code outbox_subjects} is upserted with
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}: its row lock holds a second append for
 * the same subject until the first transaction ends, so sequences come out 1, 2, 3 without gaps.
 * The upsert is a common table expression of the event's insert: one statement, one round trip,
 * rendered once ({@link RenderedStatement}). The first events of a new subject need no counter
 * read: their sequences are 1, 2, ..., and in a grouped unit of work they and their subject's
 * counter are held back and inserted with the others of the batch ({@link WriteBehind}); were the
 * subject not new after all, the counter's insert fails at the flush and the batch runs again unit
 * by unit, appending as usual.
 */
public final class JooqOutbox implements Outbox {

  /** The columns an event is stored with, in the order of both inserts' values. */
  private static final List<Field<?>> COLUMNS =
      List.of(
          OUTBOX.ID,
          OUTBOX.TYPE,
          OUTBOX.SUBJECT,
          OUTBOX.SEQUENCE,
          OUTBOX.TIME,
          OUTBOX.DATA,
          OUTBOX.TRACEPARENT,
          OUTBOX.TRACESTATE);

  private static final RenderedStatement APPEND = new RenderedStatement(values -> appendShape());

  private static final RenderedInsert<OutboxSubjectsRecord> SUBJECTS =
      new RenderedInsert<>(
          OUTBOX_SUBJECTS, List.of(OUTBOX_SUBJECTS.SUBJECT, OUTBOX_SUBJECTS.LAST_SEQUENCE));

  private static final RenderedInsert<OutboxRecord> EVENTS = new RenderedInsert<>(OUTBOX, COLUMNS);

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqOutbox(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public StoredEvent append(DomainEvent event, Optional<TraceContext> trace) {
    var row = OutboxMapper.toRecord(event, trace);
    var values = new ArrayList<Object>(COLUMNS.size());
    values.add(row.getSubject());
    for (var column : COLUMNS) {
      if (!column.equals(OUTBOX.SEQUENCE)) {
        values.add(row.get(column));
      }
    }
    return transactions.inTransaction(
        () -> {
          try {
            Supplier<Long> append = () -> APPEND.run(database.dsl(), values, JooqOutbox::sequence);
            var writes = database.writeBehind();
            var sequence =
                writes != null && writes.holds(WriteBehind.Held.OUTBOX_SUBJECTS)
                    ? append.get()
                    : WriteBehind.aside(WriteBehind.Access.WRITES, append);
            return new StoredEvent(event, sequence, trace);
          } catch (RuntimeException failure) {
            if (SqlErrors.isUniqueViolation(failure, "outbox_pkey")) {
              throw new IllegalArgumentException(
                  "event " + event.id() + " exists already", failure);
            }
            throw failure;
          }
        });
  }

  /**
   * As {@link #appendFirst(List, Optional)} with one event; outside a grouped unit of work, {@link
   * #append}.
   */
  @Override
  public StoredEvent appendFirst(DomainEvent event, Optional<TraceContext> trace) {
    return database.writeBehind() == null
        ? append(event, trace)
        : appendFirst(List.of(event), trace).getFirst();
  }

  /**
   * Outside a grouped unit of work, as {@link Outbox#appendFirst(List, Optional)}; inside one, the
   * events (sequences 1, 2, ...) and their subject's counter are held back.
   */
  @Override
  public List<StoredEvent> appendFirst(List<DomainEvent> events, Optional<TraceContext> trace) {
    var subject = DomainEvent.subjectOf(events);
    if (database.writeBehind() == null) {
      return Outbox.super.appendFirst(events, trace);
    }
    var counter =
        Rows.of(OUTBOX_SUBJECTS).setSubject(subject).setLastSequence((long) events.size());
    database.insert(WriteBehind.Held.OUTBOX_SUBJECTS, SUBJECTS, List.of(counter));
    var rows = new ArrayList<OutboxRecord>(events.size());
    var stored = new ArrayList<StoredEvent>(events.size());
    for (var event : events) {
      long sequence = stored.size() + 1L;
      rows.add(OutboxMapper.toRecord(event, trace).setSequence(sequence));
      stored.add(new StoredEvent(event, sequence, trace));
    }
    database.insert(WriteBehind.Held.OUTBOX, EVENTS, rows);
    return List.copyOf(stored);
  }

  /**
   * The subject's counter upserted and the event inserted with the counter's new value, one
   * statement: its values are the subject, then the event's {@link #COLUMNS} other than the
   * sequence.
   */
  private static Query appendShape() {
    var counter = DSL.name("counter");
    var next =
        counter.as(
            DSL.insertInto(OUTBOX_SUBJECTS)
                .columns(OUTBOX_SUBJECTS.SUBJECT, OUTBOX_SUBJECTS.LAST_SEQUENCE)
                .values(DSL.val(null, OUTBOX_SUBJECTS.SUBJECT), DSL.inline(1L))
                .onConflict(OUTBOX_SUBJECTS.SUBJECT)
                .doUpdate()
                .set(
                    OUTBOX_SUBJECTS.LAST_SEQUENCE,
                    OUTBOX_SUBJECTS.LAST_SEQUENCE.plus(DSL.inline(1L)))
                .returningResult(OUTBOX_SUBJECTS.LAST_SEQUENCE));
    var selected =
        COLUMNS.stream()
            .<Field<?>>map(
                column ->
                    column.equals(OUTBOX.SEQUENCE)
                        ? next.field(OUTBOX_SUBJECTS.LAST_SEQUENCE)
                        : DSL.val(null, column))
            .toList();
    return DSL.with(next)
        .insertInto(OUTBOX)
        .columns(COLUMNS)
        .select(DSL.select(selected).from(next))
        .returningResult(OUTBOX.SEQUENCE);
  }

  private static long sequence(PreparedStatement statement) throws SQLException {
    try (var rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
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
