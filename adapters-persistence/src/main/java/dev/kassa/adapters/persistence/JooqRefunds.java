package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.REFUNDS;

import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refunds in PostgreSQL, one row each; only a requested refund's outcome is ever changed. */
public final class JooqRefunds implements Refunds {

  private final JooqDatabase database;

  public JooqRefunds(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(Refund refund) {
    database.dsl().insertInto(REFUNDS).set(RefundMapper.toRecord(refund)).execute();
  }

  @Override
  public void update(Refund refund) {
    var changed =
        database
            .dsl()
            .update(REFUNDS)
            .set(REFUNDS.STATUS, refund.status().code())
            .set(REFUNDS.PROVIDER_REF, refund.providerRef())
            .set(REFUNDS.ENTRY_ID, refund.entryId() == null ? null : refund.entryId().value())
            .where(REFUNDS.ID.eq(refund.id().value()))
            .execute();
    if (changed != 1) {
      throw new IllegalArgumentException("refund " + refund.id() + " does not exist");
    }
  }

  @Override
  public Optional<Refund> find(RefundId id) {
    return database
        .dsl()
        .selectFrom(REFUNDS)
        .where(REFUNDS.ID.eq(id.value()))
        .fetchOptional(RefundMapper::toDomain);
  }

  @Override
  public List<Refund> byOrder(OrderId order) {
    return database
        .dsl()
        .selectFrom(REFUNDS)
        .where(REFUNDS.ORDER_ID.eq(order.value()))
        .orderBy(REFUNDS.CREATED_AT, REFUNDS.SEQ)
        .fetch(RefundMapper::toDomain);
  }

  @Override
  public List<Refund> requested(Instant before, int limit) {
    return database
        .dsl()
        .selectFrom(REFUNDS)
        .where(REFUNDS.STATUS.eq(RefundStatus.REQUESTED.code()))
        .and(REFUNDS.CREATED_AT.lt(before))
        .orderBy(REFUNDS.CREATED_AT, REFUNDS.SEQ)
        .limit(limit)
        .fetch(RefundMapper::toDomain);
  }
}
