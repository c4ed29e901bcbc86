package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.EVENT_DELIVERIES;
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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Delivery state in PostgreSQL. {@link #claim} selects due rows {@code FOR UPDATE SKIP LOCKED}
 * (concurrent claims skip each other's rows), leases them and commits. The ordering rule (a row is
 * claimable when it is the lowest pending sequence of its subscriber and subject) is a scalar
 * subquery per candidate, which PostgreSQL runs as one probe of the partial index {@code
 * event_deliveries_order_idx} whatever its statistics say: as an anti-join, a backlog of thousands
 * of pending rows was read on every poll when the statistics were stale. The status is written into
 * the SQL as a literal, not bound: a bound value lets the generic plan of the prepared statement
 * ignore the partial indexes.
 */
public final class JooqEventDeliveries implements EventDeliveries {

  private static final String PENDING = DeliveryStatus.PENDING.code();

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
                          EVENT_DELIVERIES.PENDING_SINCE))
                  .set(
                      EVENT_DELIVERIES.LEASED_UNTIL,
                      DSL.inline(null, EVENT_DELIVERIES.LEASED_UNTIL))
                  .set(EVENT_DELIVERIES.LEASE, DSL.inline(null, EVENT_DELIVERIES.LEASE))
                  .set(EVENT_DELIVERIES.LAST_ERROR, DSL.inline(null, EVENT_DELIVERIES.LAST_ERROR))
                  .set(
                      EVENT_DELIVERIES.DELIVERED_AT,
                      DSL.inline(null, EVENT_DELIVERIES.DELIVERED_AT)));

  /**
   * The due rows, each the lowest pending sequence of its subscriber and subject, locked and
   * skipping those locked by another claim. Its values: now, now, the limit.
   */
  private static final RenderedSelect<EventDeliveriesRecord> DUE =
      new RenderedSelect<>(
              new Field<?>[] {EVENT_DELIVERIES.EVENT_ID, EVENT_DELIVERIES.SUBSCRIBER},
              row -> row.into(EVENT_DELIVERIES),
              values -> dueShape())
          .plannedEachRun();

  /** Leases rows by key. Its values: the lease's end, its token, then each row's key. */
  private static final RenderedSelect<EventDeliveriesRecord> LEASE =
      RenderedSelect.of(
              EVENT_DELIVERIES,
              values ->
                  DSL.update(EVENT_DELIVERIES)
                      .set(
                          EVENT_DELIVERIES.LEASED_UNTIL,
                          DSL.val(null, EVENT_DELIVERIES.LEASED_UNTIL))
                      .set(EVENT_DELIVERIES.LEASE, DSL.val(null, EVENT_DELIVERIES.LEASE))
                      .where(
                          DSL.row(EVENT_DELIVERIES.EVENT_ID, EVENT_DELIVERIES.SUBSCRIBER)
                              .in(
                                  IntStream.range(0, (values - 2) / 2)
                                      .mapToObj(
                                          i ->
                                              DSL.row(
                                                  DSL.val(null, EVENT_DELIVERIES.EVENT_ID),
                                                  DSL.val(null, EVENT_DELIVERIES.SUBSCRIBER)))
                                      .toList()))
                      .returning())
          .plannedEachRun();

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

  /** A delivery's key. */
  private record Key(UUID eventId, String subscriber) {}

  private final JooqDatabase database;
  private final Transactions transactions;

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
                    new EventDeliveriesRecord()
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
          var due = DUE.fetch(dsl, List.of(now, now, limit));
          if (due.isEmpty()) {
            return List.<ClaimedDelivery>of();
          }
          var leaseValues = new ArrayList<Object>(2 + 2 * due.size());
          leaseValues.add(now.plus(lease));
          leaseValues.add(token);
          for (var key : due) {
            leaseValues.add(key.getEventId());
            leaseValues.add(key.getSubscriber());
          }
          var claimed = LEASE.fetch(dsl, leaseValues);
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

  @Override
  public List<DeliveryOutcome> record(List<DeliveryOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return List.of();
    }
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
    var stored = new HashSet<>(OUTCOMES.fetch(database.dsl(), values));
    return outcomes.stream()
        .filter(
            recorded ->
                stored.contains(
                    new Key(
                        recorded.claim().delivery().eventId().value(),
                        recorded.claim().delivery().subscriber())))
        .toList();
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

  private static ResultQuery<?> dueShape() {
    var c = EVENT_DELIVERIES.as("c");
    var e = EVENT_DELIVERIES.as("e");
    return DSL.select(c.EVENT_ID, c.SUBSCRIBER)
        .from(c)
        .where(c.STATUS.eq(DSL.inline(PENDING)))
        .and(c.NEXT_ATTEMPT_AT.le(DSL.val(null, c.NEXT_ATTEMPT_AT)))
        .and(c.LEASED_UNTIL.isNull().or(c.LEASED_UNTIL.le(DSL.val(null, c.LEASED_UNTIL))))
        .and(
            c.SEQUENCE.eq(
                DSL.select(DSL.min(e.SEQUENCE))
                    .from(e)
                    .where(e.SUBSCRIBER.eq(c.SUBSCRIBER))
                    .and(e.SUBJECT.eq(c.SUBJECT))
                    .and(e.STATUS.eq(DSL.inline(PENDING)))))
        .orderBy(c.NEXT_ATTEMPT_AT)
        .limit(DSL.val(null, Integer.class))
        .forUpdate()
        .of(c)
        .skipLocked();
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

  @Override
  public DeliveryCounts counts() {
    var d = EVENT_DELIVERIES;
    var counts = new EnumMap<DeliveryStatus, Long>(DeliveryStatus.class);
    Instant pendingSince = null;
    for (var row :
        database
            .dsl()
            .select(d.STATUS, DSL.count(), DSL.min(d.PENDING_SINCE))
            .from(d)
            .groupBy(d.STATUS)
            .fetch()) {
      var status = DeliveryStatus.fromCode(row.value1()).orElseThrow();
      counts.put(status, row.value2().longValue());
      if (status == DeliveryStatus.PENDING) {
        pendingSince = row.value3();
      }
    }
    return new DeliveryCounts(
        counts.getOrDefault(DeliveryStatus.PENDING, 0L),
        counts.getOrDefault(DeliveryStatus.DELIVERED, 0L),
        counts.getOrDefault(DeliveryStatus.DEAD, 0L),
        Optional.ofNullable(pendingSince));
  }
}
