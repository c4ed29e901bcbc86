package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.EVENT_DELIVERIES;
import static dev.kassa.adapters.persistence.jooq.Tables.EVENT_DELIVERY_TALLIES;
import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;

import dev.kassa.adapters.persistence.jooq.tables.records.EventDeliveriesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OutboxRecord;
import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Delivery state in PostgreSQL. {@link #claim} selects due rows {@code FOR UPDATE SKIP LOCKED}
 * (concurrent claims skip each other's rows), leases them and commits. The ordering rule (a row is
 * claimable when it is the lowest pending sequence of its subscriber and subject) is a scalar
 * subquery per candidate, which PostgreSQL runs as one probe of the partial index {@code
 * event_deliveries_order_idx} whatever its statistics say: as an anti-join, a backlog of thousands
 * of pending rows was read on every poll when the statistics were stale. The candidates are the
 * {@code ready} rows only (migration V24): a row scheduled behind a pending earlier event of its
 * subject is not ready until {@link #record} completes that event, so a claim never walks the rows
 * blocked behind others, and the due index it reads holds no others. A row scheduled while the
 * event before it completed (neither saw the other) is readied by the next claim at least {@link
 * #READY_SWEEP} after the last one that looked for such rows. The status is written into the SQL as
 * a literal, not bound: a bound value lets the generic plan of the prepared statement ignore the
 * partial indexes.
 */
public final class JooqEventDeliveries implements EventDeliveries {

  private static final String PENDING = DeliveryStatus.PENDING.code();

  /** The pending rows a claim may take: the predicate of {@code event_deliveries_due_idx}. */
  private static final Condition READY_ROWS =
      EVENT_DELIVERIES.STATUS.eq(DSL.inline(PENDING)).and(DSL.condition(EVENT_DELIVERIES.READY));

  /**
   * The pending rows behind an earlier one: the predicate of {@code event_deliveries_waiting_idx}.
   */
  private static final Condition WAITING_ROWS =
      EVENT_DELIVERIES
          .STATUS
          .eq(DSL.inline(PENDING))
          .and(DSL.not(DSL.condition(EVENT_DELIVERIES.READY)));

  /** New pending rows; a redelivery resets an existing row to the same state. */
  private static final RenderedInsert<EventDeliveriesRecord> SCHEDULE =
      new RenderedInsert<>(
          EVENT_DELIVERIES,
          List.of(
              EVENT_DELIVERIES.EVENT_ID,
              EVENT_DELIVERIES.SUBSCRIBER,
              EVENT_DELIVERIES.SUBJECT,
              EVENT_DELIVERIES.SEQUENCE,
              EVENT_DELIVERIES.STATUS,
              EVENT_DELIVERIES.ATTEMPTS,
              EVENT_DELIVERIES.NEXT_ATTEMPT_AT,
              EVENT_DELIVERIES.PENDING_SINCE),
          insert ->
              RenderedInsert.onConflictTakingNew(
                      insert,
                      List.of(EVENT_DELIVERIES.EVENT_ID, EVENT_DELIVERIES.SUBSCRIBER),
                      List.of(
                          EVENT_DELIVERIES.STATUS,
                          EVENT_DELIVERIES.ATTEMPTS,
                          EVENT_DELIVERIES.NEXT_ATTEMPT_AT,
                          EVENT_DELIVERIES.PENDING_SINCE,
                          EVENT_DELIVERIES.READY))
                  .set(
                      EVENT_DELIVERIES.LEASED_UNTIL,
                      DSL.inline(null, EVENT_DELIVERIES.LEASED_UNTIL))
                  .set(EVENT_DELIVERIES.LEASE, DSL.inline(null, EVENT_DELIVERIES.LEASE))
                  .set(EVENT_DELIVERIES.LAST_ERROR, DSL.inline(null, EVENT_DELIVERIES.LAST_ERROR))
                  .set(
                      EVENT_DELIVERIES.DELIVERED_AT,
                      DSL.inline(null, EVENT_DELIVERIES.DELIVERED_AT)));

  /**
   * The due rows, each the lowest pending sequence of its subscriber and subject, locked (skipping
   * those locked by another claim) and leased in one statement. Its values: the lease's end, its
   * token, now, now, the limit.
   */
  private static final RenderedSelect<EventDeliveriesRecord> CLAIM =
      RenderedSelect.of(EVENT_DELIVERIES, values -> claimShape()).plannedEachRun();

  /** How often a claim looks for rows left waiting behind an event that has completed. */
  static final Duration READY_SWEEP = Duration.ofSeconds(1);

  /** Every waiting row that is the lowest pending one of its subscriber and subject, readied. */
  private static final RenderedStatement READY_WAITING =
      new RenderedStatement(values -> readyWaiting()).plannedEachRun();

  /**
   * Planner settings for the worker's statements, for the rest of their transaction: the table's
   * statistics lag far behind its churn (a backlog of 30,000 due rows estimated at 13), and on
   * those estimates PostgreSQL read every due row as a bitmap and sorted them for a claim of 64
   * (auto_explain in bench runs). Walking the due index in order stops at the claim's limit
   * whatever the backlog.
   */
  private static final String WALK_INDEXES =
      "set local enable_bitmapscan = off; set local enable_seqscan = off";

  /** The outbox events of the ids given as its values. */
  private static final RenderedSelect<OutboxRecord> EVENTS =
      RenderedSelect.byKeys(OUTBOX, OUTBOX.ID).plannedEachRun();

  private static final int OUTCOME_VALUES = 8;

  /**
   * Outcomes stored and their leases ended, where the lease is still the claim's, one statement for
   * a batch: {@code UPDATE ... FROM (VALUES ...)}, each row's values as {@link #outcomes} takes
   * them. Answers the keys of the rows it changed.
   */
  private static final RenderedSelect<Key> OUTCOMES =
      new RenderedSelect<>(
              new Field<?>[] {EVENT_DELIVERIES.EVENT_ID, EVENT_DELIVERIES.SUBSCRIBER},
              row ->
                  new Key(row.get(EVENT_DELIVERIES.EVENT_ID), row.get(EVENT_DELIVERIES.SUBSCRIBER)),
              values -> outcomes(values / OUTCOME_VALUES))
          .plannedEachRun();

  /**
   * The next pending row of each subscriber and subject given as its values (two each) made ready,
   * where it was not.
   */
  private static final RenderedStatement READY_NEXT =
      new RenderedStatement(values -> readyNext(values / 2)).plannedEachRun();

  /** A delivery's key. */
  private record Key(UUID eventId, String subscriber) {}

  /** A subscriber's share of a subject's events. */
  private record Line(String subscriber, String subject) {}

  private final JooqDatabase database;
  private final Transactions transactions;
  private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

  public JooqEventDeliveries(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public void schedule(StoredEvent event, Collection<String> subscribers, Instant due) {
    if (subscribers.isEmpty()) {
      return;
    }
    var rows =
        subscribers.stream()
            .map(
                name ->
                    Rows.of(EVENT_DELIVERIES)
                        .setEventId(event.id().value())
                        .setSubscriber(name)
                        .setSubject(event.subject())
                        .setSequence(event.sequence())
                        .setStatus(PENDING)
                        .setAttempts(0)
                        .setNextAttemptAt(due)
                        .setPendingSince(due))
            .toList();
    database.insert(WriteBehind.Held.EVENT_DELIVERIES, SCHEDULE, rows);
  }

  @Override
  public List<ClaimedDelivery> claim(int limit, Instant now, Duration lease) {
    var token = UUID.randomUUID();
    return transactions.inTransaction(
        () -> {
          var dsl = database.dsl();
          dsl.execute(WALK_INDEXES);
          var last = lastSweep.get();
          if (!now.isBefore(last.plus(READY_SWEEP)) && lastSweep.compareAndSet(last, now)) {
            READY_WAITING.update(dsl, List.of());
          }
          var claimed = CLAIM.fetch(dsl, List.of(now.plus(lease), token, now, now, limit));
          if (claimed.isEmpty()) {
            return List.<ClaimedDelivery>of();
          }
          var events =
              EVENTS
                  .fetch(dsl, claimed.stream().map(EventDeliveriesRecord::getEventId).toList())
                  .stream()
                  .collect(Collectors.toMap(OutboxRecord::getId, OutboxMapper::toDomain));
          return claimed.stream()
              .map(
                  row ->
                      new ClaimedDelivery(
                          events.get(row.getEventId()), EventDeliveryMapper.toDomain(row), token))
              .toList();
        });
  }

  /**
   * Stores the outcomes and, in the same transaction, readies the next delivery of each subscriber
   * and subject whose delivery they completed (delivered or dead).
   */
  @Override
  public List<DeliveryOutcome> record(List<DeliveryOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return List.of();
    }
    return transactions.inTransaction(() -> recordAndReadyNext(outcomes));
  }

  private List<DeliveryOutcome> recordAndReadyNext(List<DeliveryOutcome> outcomes) {
    var dsl = database.dsl();
    dsl.execute(WALK_INDEXES);
    var values = new ArrayList<Object>(outcomes.size() * OUTCOME_VALUES);
    for (var recorded : outcomes) {
      var outcome = recorded.outcome();
      var claim = recorded.claim();
      values.add(claim.delivery().eventId().value());
      values.add(claim.delivery().subscriber());
      values.add(claim.lease());
      values.add(outcome.status().code());
      values.add(outcome.attempts());
      values.add(outcome.nextAttemptAt());
      values.add(outcome.lastError());
      values.add(outcome.deliveredAt());
    }
    var stored = new HashSet<>(OUTCOMES.fetch(dsl, values));
    var recorded =
        outcomes.stream()
            .filter(
                outcome ->
                    stored.contains(
                        new Key(
                            outcome.claim().delivery().eventId().value(),
                            outcome.claim().delivery().subscriber())))
            .toList();
    var completed =
        recorded.stream()
            .filter(outcome -> outcome.outcome().status() != DeliveryStatus.PENDING)
            .map(
                outcome ->
                    new Line(
                        outcome.claim().delivery().subscriber(), outcome.claim().event().subject()))
            .distinct()
            .toList();
    if (!completed.isEmpty()) {
      var lines = new ArrayList<Object>(completed.size() * 2);
      for (var line : completed) {
        lines.add(line.subscriber());
        lines.add(line.subject());
      }
      READY_NEXT.update(dsl, lines);
    }
    return recorded;
  }

  @Override
  public void release(ClaimedDelivery claim) {
    var d = EVENT_DELIVERIES;
    database
        .dsl()
        .update(d)
        .setNull(d.LEASED_UNTIL)
        .setNull(d.LEASE)
        .where(keyOf(claim))
        .and(d.LEASE.eq(claim.lease()))
        .execute();
  }

  /** The due rows ({@link #dueShape}) leased, all of them returned. */
  private static ResultQuery<EventDeliveriesRecord> claimShape() {
    var d = EVENT_DELIVERIES;
    return DSL.update(d)
        .set(d.LEASED_UNTIL, DSL.val(null, d.LEASED_UNTIL))
        .set(d.LEASE, DSL.val(null, d.LEASE))
        .where(DSL.row(d.EVENT_ID, d.SUBSCRIBER).in(dueShape()))
        .returning();
  }

  private static Select<Record2<UUID, String>> dueShape() {
    var c = EVENT_DELIVERIES.as("c");
    return DSL.select(c.EVENT_ID, c.SUBSCRIBER)
        .from(c)
        .where(c.STATUS.eq(DSL.inline(PENDING)))
        .and(DSL.condition(c.READY))
        .and(c.NEXT_ATTEMPT_AT.le(DSL.val(null, c.NEXT_ATTEMPT_AT)))
        .and(c.LEASED_UNTIL.isNull().or(c.LEASED_UNTIL.le(DSL.val(null, c.LEASED_UNTIL))))
        .and(c.SEQUENCE.eq(lowestPending(c.SUBSCRIBER, c.SUBJECT)))
        .orderBy(c.NEXT_ATTEMPT_AT)
        .limit(DSL.val(null, Integer.class))
        .forUpdate()
        .of(c)
        .skipLocked();
  }

  /** The waiting rows that are the lowest pending ones of their subscriber and subject. */
  private static Query readyWaiting() {
    var d = EVENT_DELIVERIES;
    return DSL.update(d).set(d.READY, DSL.inline(true)).where(firstWaiting());
  }

  /** The waiting rows that no pending row of their subscriber and subject comes before any more. */
  private static Condition firstWaiting() {
    var d = EVENT_DELIVERIES;
    return WAITING_ROWS.and(d.SEQUENCE.eq(lowestPending(d.SUBSCRIBER, d.SUBJECT)));
  }

  /** The lowest pending sequence of {@code subscriber} and {@code subject}. */
  private static Field<Long> lowestPending(Field<String> subscriber, Field<String> subject) {
    var e = EVENT_DELIVERIES.as("e");
    return DSL.field(
        DSL.select(DSL.min(e.SEQUENCE))
            .from(e)
            .where(e.SUBSCRIBER.eq(subscriber))
            .and(e.SUBJECT.eq(subject))
            .and(e.STATUS.eq(DSL.inline(PENDING))));
  }

  /**
   * Values per row: subscriber, subject. The lowest pending sequence of each, when it is not ready:
   * the row completed before it in the same transaction no longer counts.
   */
  private static Query readyNext(int rows) {
    var d = EVENT_DELIVERIES;
    var done = RenderedStatement.values("done", rows, d.SUBSCRIBER, d.SUBJECT);
    return DSL.update(d)
        .set(d.READY, DSL.inline(true))
        .from(done)
        .where(d.SUBSCRIBER.eq(done.field("subscriber", String.class)))
        .and(d.SUBJECT.eq(done.field("subject", String.class)))
        .and(firstWaiting());
  }

  /**
   * Values per row: event id, subscriber, lease, status, attempts, next attempt, last error,
   * delivered at. A delivery still pending keeps the time since which it is; one delivered or dead
   * is no longer pending since anything.
   */
  private static ResultQuery<?> outcomes(int rows) {
    var d = EVENT_DELIVERIES;
    var outcome =
        RenderedStatement.values(
            "outcome",
            rows,
            d.EVENT_ID,
            d.SUBSCRIBER,
            d.LEASE,
            d.STATUS,
            d.ATTEMPTS,
            d.NEXT_ATTEMPT_AT,
            d.LAST_ERROR,
            d.DELIVERED_AT);
    var status = outcome.field("status", String.class);
    return DSL.update(d)
        .set(d.STATUS, status)
        .set(d.ATTEMPTS, outcome.field("attempts", Integer.class))
        .set(d.NEXT_ATTEMPT_AT, outcome.field("next_attempt_at", Instant.class))
        .set(d.LAST_ERROR, outcome.field("last_error", String.class))
        .set(d.DELIVERED_AT, outcome.field("delivered_at", Instant.class))
        .set(d.PENDING_SINCE, DSL.when(status.eq(DSL.inline(PENDING)), d.PENDING_SINCE))
        .set(d.LEASED_UNTIL, DSL.inline(null, d.LEASED_UNTIL))
        .set(d.LEASE, DSL.inline(null, d.LEASE))
        .from(outcome)
        .where(d.EVENT_ID.eq(outcome.field("event_id", UUID.class)))
        .and(d.SUBSCRIBER.eq(outcome.field("subscriber", String.class)))
        .and(d.LEASE.eq(outcome.field("lease", UUID.class)))
        .returning(d.EVENT_ID, d.SUBSCRIBER);
  }

  private static Condition keyOf(ClaimedDelivery claim) {
    return EVENT_DELIVERIES
        .EVENT_ID
        .eq(claim.delivery().eventId().value())
        .and(EVENT_DELIVERIES.SUBSCRIBER.eq(claim.delivery().subscriber()));
  }

  @Override
  public List<EventDelivery> of(EventId event) {
    return database
        .dsl()
        .selectFrom(EVENT_DELIVERIES)
        .where(EVENT_DELIVERIES.EVENT_ID.eq(event.value()))
        .orderBy(EVENT_DELIVERIES.SUBSCRIBER)
        .fetch(EventDeliveryMapper::toDomain);
  }

  @Override
  public Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request) {
    var where =
        DSL.exists(
            DSL.selectOne()
                .from(EVENT_DELIVERIES)
                .where(EVENT_DELIVERIES.EVENT_ID.eq(OUTBOX.ID))
                .and(EVENT_DELIVERIES.STATUS.eq(status.code())));
    if (filter.type() != null) {
      where = where.and(OUTBOX.TYPE.eq(filter.type().code()));
    }
    if (filter.subject() != null) {
      where = where.and(OUTBOX.SUBJECT.eq(filter.subject()));
    }
    return Pages.fetch(
        database.dsl(), OUTBOX, where, List.of(OUTBOX.SEQ.desc()), request, OutboxMapper::toDomain);
  }

  /**
   * The earlier of the oldest ready and the oldest waiting pending delivery, each read through its
   * partial index: the pending rows only.
   */
  @Override
  public Optional<Instant> oldestPendingSince() {
    var ready = new PendingShare(READY_ROWS, "ready");
    var waiting = new PendingShare(WAITING_ROWS, "waiting");
    return Optional.ofNullable(
        database
            .dsl()
            .select(DSL.least(ready.oldest(), waiting.oldest()))
            .from(ready.table(), waiting.table())
            .fetchOne(0, Instant.class));
  }

  /**
   * One statement that reads no more than the pending and dead deliveries: those through their
   * partial indexes, each once, the delivered ones from their tally (kept by a trigger, V26), since
   * delivered rows are kept and counting them would read every delivery ever made.
   */
  @Override
  public DeliveryCounts counts() {
    var d = EVENT_DELIVERIES;
    var t = EVENT_DELIVERY_TALLIES;
    var ready = new PendingShare(READY_ROWS, "ready");
    var waiting = new PendingShare(WAITING_ROWS, "waiting");
    var row =
        database
            .dsl()
            .select(
                ready.rows(),
                waiting.rows(),
                DSL.field(DSL.select(DSL.sum(t.DELIVERED)).from(t)),
                DSL.field(
                    DSL.selectCount()
                        .from(d)
                        .where(d.STATUS.eq(DSL.inline(DeliveryStatus.DEAD.code())))),
                DSL.least(ready.oldest(), waiting.oldest()))
            .from(ready.table(), waiting.table())
            .fetchSingle();
    return new DeliveryCounts(
        row.value1().longValue() + row.value2().longValue(),
        row.value3() == null ? 0 : row.value3().longValueExact(),
        row.value4().longValue(),
        Optional.ofNullable(row.value5()));
  }

  /**
   * The pending rows of one partial index, read in one pass: how many, and the oldest {@code
   * pending_since} among them.
   */
  private static final class PendingShare {

    private final Field<Integer> rows = DSL.count().as("rows");
    private final Field<Instant> oldest = DSL.min(EVENT_DELIVERIES.PENDING_SINCE).as("oldest");
    private final Table<?> table;

    PendingShare(Condition rowsOfTheIndex, String name) {
      this.table =
          DSL.select(rows, oldest).from(EVENT_DELIVERIES).where(rowsOfTheIndex).asTable(name);
    }

    Table<?> table() {
      return table;
    }

    Field<Integer> rows() {
      return table.field(rows);
    }

    Field<Instant> oldest() {
      return table.field(oldest);
    }
  }
}
