package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ORDERS;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_LINES;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_STATUS_HISTORY;

import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Orders in PostgreSQL: the order row with its payment inline, its lines and its status history.
 * Writes of several rows run in one unit of work; a page loads the lines and histories of all its
 * orders with one query each.
 */
public final class JooqOrders implements Orders {

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
    var dsl = database.dsl();
    return dsl.selectFrom(ORDERS)
        .where(ORDERS.ID.eq(id.value()))
        .fetchOptional()
        .map(row -> withChildren(dsl, List.of(row)).getFirst());
  }

  @Override
  public Optional<Order> lock(OrderId id) {
    var dsl = database.requireUnitOfWork();
    return dsl.selectFrom(ORDERS)
        .where(ORDERS.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional()
        .map(row -> withChildren(dsl, List.of(row)).getFirst());
  }

  @Override
  public Page<Order> page(OrderQuery query, PageRequest request) {
    var dsl = database.dsl();
    var rows =
        Pages.fetch(
            dsl,
            ORDERS,
            condition(query),
            List.of(ORDERS.CREATED_AT.desc(), ORDERS.SEQ.desc()),
            request,
            Function.identity());
    return new Page<>(withChildren(dsl, rows.items()), rows.limit(), rows.offset(), rows.total());
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

  private static List<Order> withChildren(DSLContext dsl, List<OrdersRecord> rows) {
    var ids = rows.stream().map(OrdersRecord::getId).toList();
    var lines =
        dsl.selectFrom(ORDER_LINES)
            .where(ORDER_LINES.ORDER_ID.in(ids))
            .orderBy(ORDER_LINES.ORDER_ID, ORDER_LINES.POSITION)
            .fetchGroups(ORDER_LINES.ORDER_ID);
    var history =
        dsl.selectFrom(ORDER_STATUS_HISTORY)
            .where(ORDER_STATUS_HISTORY.ORDER_ID.in(ids))
            .orderBy(ORDER_STATUS_HISTORY.ORDER_ID, ORDER_STATUS_HISTORY.POSITION)
            .fetchGroups(ORDER_STATUS_HISTORY.ORDER_ID);
    return rows.stream()
        .map(
            row ->
                OrderMapper.toDomain(row, group(lines, row.getId()), group(history, row.getId())))
        .toList();
  }

  private static <R> List<R> group(Map<UUID, ? extends List<R>> groups, UUID id) {
    var rows = groups.get(id);
    return rows == null ? List.of() : rows;
  }
}
