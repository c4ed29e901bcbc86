package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;

import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Transactions;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * The unpublished outbox rows in PostgreSQL: {@code published_at} is null, and a relay's claim is a
 * lease in {@code lease_until}. Claims take a transaction-scoped advisory lock, so they run one at
 * a time (each is one short statement, no network call) and each sees the leases of the claims
 * before it; that is what keeps a later event of a subject away from a relay while an earlier one
 * is leased by another. Rows are still read {@code FOR UPDATE SKIP LOCKED}, so a row being marked
 * published is passed over.
 */
public final class JooqUnpublishedEvents implements UnpublishedEvents {

  private static final String CLAIMS_LOCK = "kassa.outbox.publication";
  private static final String CLAIM =
      """
      update outbox set lease_until = now() + make_interval(secs => ?)
      where id in (
        select o.id from outbox o
        where o.published_at is null
          and (o.lease_until is null or o.lease_until < now())
          and not exists (
            select 1 from outbox e
            where e.subject = o.subject and e.published_at is null and e.seq < o.seq
              and e.lease_until >= now())
        order by o.seq
        limit ?
        for update skip locked)
      returning *
      """;

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqUnpublishedEvents(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public List<StoredEvent> claim(int limit, Duration lease) {
    if (limit < 1 || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("claim at least one event for a positive lease");
    }
    return transactions.inTransaction(
        () -> {
          var dsl = database.requireUnitOfWork();
          dsl.execute("select pg_advisory_xact_lock(hashtext(?))", CLAIMS_LOCK);
          return dsl.resultQuery(CLAIM, lease.toMillis() / 1000.0, limit).fetchInto(OUTBOX).stream()
              .sorted(Comparator.comparing(row -> row.getSeq()))
              .map(OutboxMapper::toDomain)
              .toList();
        });
  }

  @Override
  public void markPublished(Collection<EventId> ids) {
    if (!ids.isEmpty()) {
      database
          .dsl()
          .update(OUTBOX)
          .set(OUTBOX.PUBLISHED_AT, DSL.currentInstant())
          .setNull(OUTBOX.LEASE_UNTIL)
          .where(OUTBOX.ID.in(ids.stream().map(EventId::value).toList()))
          .execute();
    }
  }

  @Override
  public void release(Collection<EventId> ids) {
    if (!ids.isEmpty()) {
      database
          .dsl()
          .update(OUTBOX)
          .setNull(OUTBOX.LEASE_UNTIL)
          .where(OUTBOX.ID.in(ids.stream().map(EventId::value).toList()))
          .and(OUTBOX.PUBLISHED_AT.isNull())
          .execute();
    }
  }

  @Override
  public void republish(EventId id) {
    database
        .dsl()
        .update(OUTBOX)
        .setNull(OUTBOX.PUBLISHED_AT)
        .setNull(OUTBOX.LEASE_UNTIL)
        .where(OUTBOX.ID.eq(id.value()))
        .execute();
  }
}
