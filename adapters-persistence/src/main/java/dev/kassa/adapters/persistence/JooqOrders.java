package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ORDERS;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_LINES;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_STATUS_HISTORY;

import dev.kassa.adapters.persistence.jooq.tables.records.OrderLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrderStatusHistoryRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Orders in PostgreSQL: the order row with its payment inline, its lines and its status history.
 * Writes of several rows run in one unit of work; reads fetch each order with its lines and history
 * in one statement ({@code MULTISET}), so that they never mix two states of an order.
 */
public final class JooqOrders implements Orders {

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

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqOrders(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public void add(Order order) {
    transactions.run(
        () -> {
          var dsl = database.dsl();
          dsl.insertInto(ORDERS).set(OrderMapper.toRecord(order)).execute();
          Inserts.all(dsl, ORDER_LINES, OrderMapper.lineRecords(order));
          Inserts.all(dsl, ORDER_STATUS_HISTORY, OrderMapper.historyRecords(order, 0));
        });
  }

  @Override
  public void update(Order order) {
    transactions.run(
        () -> {
          var dsl = database.dsl();
          var updated =
              dsl.update(ORDERS)
                  .set(OrderMapper.withChanges(new OrdersRecord(), order))
                  .where(ORDERS.ID.eq(order.id().value()))
                  .execute();
          if (updated == 0) {
            throw new NotFoundException("order", order.id());
          }
          var stored =
              dsl.fetchCount(
                  ORDER_STATUS_HISTORY, ORDER_STATUS_HISTORY.ORDER_ID.eq(order.id().value()));
          if (order.history().size() < stored) {
            throw new IllegalArgumentException("an order's history is append-only");
          }
          Inserts.all(dsl, ORDER_STATUS_HISTORY, OrderMapper.historyRecords(order, stored));
        });
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return find(database.dsl(), id);
  }

  /**
   * Locks the order row, then reads the order in a statement of its own, which sees every change
   * committed before the lock was granted.
   */
  @Override
  public Optional<Order> lock(OrderId id) {
    var dsl = database.requireUnitOfWork();
    var locked =
        dsl.select(ORDERS.ID).from(ORDERS).where(ORDERS.ID.eq(id.value())).forUpdate().fetch();
    return locked.isEmpty() ? Optional.empty() : find(dsl, id);
  }

  @Override
  public Page<Order> page(OrderQuery query, PageRequest request) {
    var dsl = database.dsl();
    var where = condition(query);
    var items =
        withChildren(dsl)
            .where(where)
            .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.SEQ.desc())
            .limit(request.limit())
            .offset(request.offset())
            .fetch(JooqOrders::toDomain);
    return Page.of(items, request, dsl.fetchCount(ORDERS, where));
  }

  private static Optional<Order> find(DSLContext dsl, OrderId id) {
    return withChildren(dsl).where(ORDERS.ID.eq(id.value())).fetchOptional(JooqOrders::toDomain);
  }

  /** Orders with their lines and history, read in one statement and so from one snapshot. */
  private static SelectJoinStep<
          Record3<OrdersRecord, Result<OrderLinesRecord>, Result<OrderStatusHistoryRecord>>>
      withChildren(DSLContext dsl) {
    return dsl.select(ORDERS, LINES, HISTORY).from(ORDERS);
  }

  private static Order toDomain(
      Record3<OrdersRecord, Result<OrderLinesRecord>, Result<OrderStatusHistoryRecord>> row) {
    return OrderMapper.toDomain(row.value1(), row.value2(), row.value3());
  }

  private static Condition condition(OrderQuery query) {
    var where = DSL.noCondition();
    if (query.userId() != null) {
      where = where.and(ORDERS.USER_ID.eq(query.userId().value()));
    }
    if (query.status() != null) {
      where = where.and(ORDERS.STATUS.eq(query.status().code()));
    }
    if (query.kind() != null) {
      where = where.and(ORDERS.KIND.eq(OrderMapper.kindCode(query.kind())));
    }
    return where;
  }
}
