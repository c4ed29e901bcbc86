package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ORDERS;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_LINES;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_STATUS_HISTORY;
import static dev.kassa.adapters.persistence.jooq.Tables.PAYMENT_STATUS_HISTORY;

import dev.kassa.adapters.persistence.jooq.tables.records.OrderLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrderStatusHistoryRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PaymentStatusHistoryRecord;
import dev.kassa.domain.order.Order;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Reads orders with their lines, status history and payment history in one statement ({@code
 * MULTISET}), so from one snapshot: a read never mixes two states of an order.
 */
final class OrderReads {

  private static final Field<Result<OrderLinesRecord>> LINES =
      DSL.multiset(
          DSL.selectFrom(ORDER_LINES)
              .where(ORDER_LINES.ORDER_ID.eq(ORDERS.ID))
              .orderBy(ORDER_LINES.POSITION));

  private static final Field<Result<OrderStatusHistoryRecord>> HISTORY =
      DSL.multiset(
          DSL.selectFrom(ORDER_STATUS_HISTORY)
              .where(ORDER_STATUS_HISTORY.ORDER_ID.eq(ORDERS.ID))
              .orderBy(ORDER_STATUS_HISTORY.POSITION));

  private static final Field<Result<PaymentStatusHistoryRecord>> PAYMENT_HISTORY =
      DSL.multiset(
          DSL.selectFrom(PAYMENT_STATUS_HISTORY)
              .where(PAYMENT_STATUS_HISTORY.PAYMENT_ID.eq(ORDERS.PAYMENT_ID))
              .orderBy(PAYMENT_STATUS_HISTORY.POSITION));

  private OrderReads() {}

  static SelectJoinStep<
          Record4<
              OrdersRecord,
              Result<OrderLinesRecord>,
              Result<OrderStatusHistoryRecord>,
              Result<PaymentStatusHistoryRecord>>>
      select(DSLContext dsl) {
    return dsl.select(ORDERS, LINES, HISTORY, PAYMENT_HISTORY).from(ORDERS);
  }

  static Order toDomain(
      Record4<
              OrdersRecord,
              Result<OrderLinesRecord>,
              Result<OrderStatusHistoryRecord>,
              Result<PaymentStatusHistoryRecord>>
          row) {
    return OrderMapper.toDomain(row.value1(), row.value2(), row.value3(), row.value4());
  }
}
