package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.APPLIED_EVENTS;
import static dev.kassa.adapters.persistence.jooq.Tables.BROKER_DELIVERY_FAILURES;
import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;

import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The delivery state of events on a broker in PostgreSQL: {@code broker_delivery_failures} holds
 * each subscriber's last failed attempt, read together with {@code applied_events} and the outbox's
 * {@code published_at}. The status filter is one {@code EXISTS} per status over them.
 */
public final class JooqBrokerDeliveries implements BrokerDeliveries {

  private static final String DEAD = DeliveryStatus.DEAD.code();
  private static final String PENDING = DeliveryStatus.PENDING.code();

  private final JooqDatabase database;

  public JooqBrokerDeliveries(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void recordFailure(EventDelivery failure) {
    if (failure.status() == DeliveryStatus.DELIVERED) {
      throw new IllegalArgumentException("a failure is pending a retry or dead");
    }
    var f = BROKER_DELIVERY_FAILURES;
    database
        .dsl()
        .insertInto(
            f, f.SUBSCRIBER, f.EVENT_ID, f.STATUS, f.ATTEMPTS, f.LAST_ERROR, f.NEXT_ATTEMPT_AT)
        .values(
            failure.subscriber(),
            failure.eventId().value(),
            failure.status().code(),
            failure.attempts(),
            failure.lastError(),
            failure.nextAttemptAt())
        .onConflict(f.SUBSCRIBER, f.EVENT_ID)
        .doUpdate()
        .set(f.STATUS, failure.status().code())
        .set(f.ATTEMPTS, failure.attempts())
        .set(f.LAST_ERROR, failure.lastError())
        .set(f.NEXT_ATTEMPT_AT, failure.nextAttemptAt())
        .execute();
  }

  @Override
  public boolean gaveUp(String subscriber, EventId event) {
    var f = BROKER_DELIVERY_FAILURES;
    return database
        .dsl()
        .fetchExists(
            f,
            f.SUBSCRIBER.eq(subscriber).and(f.EVENT_ID.eq(event.value())).and(f.STATUS.eq(DEAD)));
  }

  @Override
  public List<Recorded> of(EventId event) {
    var dsl = database.dsl();
    var applied =
        dsl.select(APPLIED_EVENTS.SUBSCRIBER, APPLIED_EVENTS.APPLIED_AT)
            .from(APPLIED_EVENTS)
            .where(APPLIED_EVENTS.EVENT_ID.eq(event.value()))
            .fetchMap(APPLIED_EVENTS.SUBSCRIBER, APPLIED_EVENTS.APPLIED_AT);
    var f = BROKER_DELIVERY_FAILURES;
    var failures = new TreeMap<String, EventDelivery>();
    for (var row : dsl.selectFrom(f).where(f.EVENT_ID.eq(event.value())).fetch()) {
      failures.put(
          row.getSubscriber(),
          new EventDelivery(
              event,
              row.getSubscriber(),
              DeliveryStatus.fromCode(row.getStatus()).orElseThrow(),
              row.getAttempts(),
              row.getNextAttemptAt(),
              row.getLastError(),
              null));
    }
    var names = new TreeMap<String, Boolean>();
    applied.keySet().forEach(name -> names.put(name, true));
    failures.keySet().forEach(name -> names.put(name, true));
    var recorded = new ArrayList<Recorded>();
    for (var name : names.keySet()) {
      recorded.add(new Recorded(name, applied.get(name), failures.get(name)));
    }
    return recorded;
  }

  @Override
  public Page<StoredEvent> events(
      EventFilter filter,
      DeliveryStatus status,
      Map<String, Set<EventType>> takers,
      PageRequest request) {
    var where =
        switch (status) {
          case DELIVERED ->
              DSL.exists(
                  DSL.selectOne()
                      .from(APPLIED_EVENTS)
                      .where(APPLIED_EVENTS.EVENT_ID.eq(OUTBOX.ID)));
          case DEAD -> {
            var f = BROKER_DELIVERY_FAILURES;
            yield DSL.exists(
                DSL.selectOne()
                    .from(f)
                    .where(f.EVENT_ID.eq(OUTBOX.ID))
                    .and(f.STATUS.eq(DEAD))
                    .andNotExists(applied(f.SUBSCRIBER, OUTBOX.ID)));
          }
          case PENDING -> pending(takers);
        };
    if (filter.type() != null) {
      where = where.and(OUTBOX.TYPE.eq(filter.type().code()));
    }
    if (filter.subject() != null) {
      where = where.and(OUTBOX.SUBJECT.eq(filter.subject()));
    }
    return Pages.fetch(
        database.dsl(), OUTBOX, where, List.of(OUTBOX.SEQ.desc()), request, OutboxMapper::toDomain);
  }

  private static Condition pending(Map<String, Set<EventType>> takers) {
    var f = BROKER_DELIVERY_FAILURES;
    Condition any = DSL.falseCondition();
    for (var taker : takers.entrySet()) {
      if (taker.getValue().isEmpty()) {
        continue;
      }
      var name = DSL.val(taker.getKey());
      any =
          any.or(
              OUTBOX
                  .TYPE
                  .in(taker.getValue().stream().map(EventType::code).toList())
                  .andNotExists(applied(name, OUTBOX.ID))
                  .andNotExists(
                      DSL.selectOne()
                          .from(f)
                          .where(f.SUBSCRIBER.eq(name))
                          .and(f.EVENT_ID.eq(OUTBOX.ID))
                          .and(f.STATUS.eq(DEAD))));
    }
    return any;
  }

  private static Select<?> applied(Field<String> subscriber, Field<UUID> event) {
    return DSL.selectOne()
        .from(APPLIED_EVENTS)
        .where(APPLIED_EVENTS.SUBSCRIBER.eq(subscriber))
        .and(APPLIED_EVENTS.EVENT_ID.eq(event));
  }

  @Override
  public void forget(String subscriber, EventId event) {
    var dsl = database.dsl();
    dsl.deleteFrom(APPLIED_EVENTS)
        .where(APPLIED_EVENTS.SUBSCRIBER.eq(subscriber))
        .and(APPLIED_EVENTS.EVENT_ID.eq(event.value()))
        .execute();
    var f = BROKER_DELIVERY_FAILURES;
    dsl.deleteFrom(f)
        .where(f.SUBSCRIBER.eq(subscriber))
        .and(f.EVENT_ID.eq(event.value()))
        .execute();
  }

  /** Reads the unpublished events only, through their partial index. */
  @Override
  public Optional<Instant> oldestUnpublished() {
    return Optional.ofNullable(
        database
            .dsl()
            .select(DSL.min(OUTBOX.TIME))
            .from(OUTBOX)
            .where(OUTBOX.PUBLISHED_AT.isNull())
            .fetchOne(0, Instant.class));
  }

  @Override
  public Counts counts() {
    var dsl = database.dsl();
    var unpublished =
        dsl.select(DSL.count(), DSL.min(OUTBOX.TIME))
            .from(OUTBOX)
            .where(OUTBOX.PUBLISHED_AT.isNull())
            .fetchOne();
    var f = BROKER_DELIVERY_FAILURES;
    var failures =
        dsl.select(f.STATUS, DSL.count())
            .from(f)
            .whereNotExists(applied(f.SUBSCRIBER, f.EVENT_ID))
            .groupBy(f.STATUS)
            .fetchMap(f.STATUS, DSL.count());
    long delivered = dsl.fetchCount(APPLIED_EVENTS);
    return new Counts(
        unpublished.value1(),
        Optional.<Instant>ofNullable(unpublished.value2()),
        failures.getOrDefault(PENDING, 0),
        delivered,
        failures.getOrDefault(DEAD, 0));
  }
}
