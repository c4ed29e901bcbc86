package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.REFUNDS;
import static dev.kassa.adapters.persistence.jooq.Tables.REFUND_LINES;

import dev.kassa.adapters.persistence.jooq.tables.records.RefundLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.RefundsRecord;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Refunds in PostgreSQL, one row each with the rows of its lines (a refund by line), read in one
 * statement; only a requested refund's outcome is ever changed.
 */
public final class JooqRefunds implements Refunds {

  private static final Field<Result<RefundLinesRecord>> LINES =
      DSL.multiset(
          DSL.selectFrom(REFUND_LINES)
              .where(REFUND_LINES.REFUND_ID.eq(REFUNDS.ID))
              .orderBy(REFUND_LINES.POSITION));

  private final JooqDatabase database;

  public JooqRefunds(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(Refund refund) {
    var dsl = database.dsl();
    dsl.insertInto(REFUNDS).set(RefundMapper.toRecord(refund)).execute();
    Inserts.all(dsl, REFUND_LINES, RefundMapper.lineRecords(refund));
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
    return select().where(REFUNDS.ID.eq(id.value())).fetchOptional(JooqRefunds::toDomain);
  }

  @Override
  public List<Refund> byOrder(OrderId order) {
    return select()
        .where(REFUNDS.ORDER_ID.eq(order.value()))
        .orderBy(REFUNDS.CREATED_AT, REFUNDS.SEQ)
        .fetch(JooqRefunds::toDomain);
  }

  @Override
  public List<Refund> requested(Instant before, int limit) {
    return select()
        .where(REFUNDS.STATUS.eq(DSL.inline(RefundStatus.REQUESTED.code())))
        .and(REFUNDS.CREATED_AT.lt(before))
        .orderBy(REFUNDS.CREATED_AT, REFUNDS.SEQ)
        .limit(limit)
        .fetch(JooqRefunds::toDomain);
  }

  private SelectJoinStep<Record2<RefundsRecord, Result<RefundLinesRecord>>> select() {
    return database.dsl().select(REFUNDS, LINES).from(REFUNDS);
  }

  private static Refund toDomain(Record2<RefundsRecord, Result<RefundLinesRecord>> row) {
    return RefundMapper.toDomain(row.value1(), row.value2());
  }
}
