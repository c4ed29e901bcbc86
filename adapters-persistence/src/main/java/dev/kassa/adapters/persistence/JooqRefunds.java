package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.REFUNDS;

import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.OrderId;
import java.util.List;
import java.util.Optional;

/** Refunds in PostgreSQL, one row each, never changed. */
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
}
