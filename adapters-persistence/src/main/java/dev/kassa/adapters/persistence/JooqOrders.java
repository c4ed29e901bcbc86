package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ORDERS;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_LINES;
import static dev.kassa.adapters.persistence.jooq.Tables.ORDER_STATUS_HISTORY;
import static dev.kassa.adapters.persistence.jooq.Tables.PAYMENT_STATUS_HISTORY;

import dev.kassa.adapters.persistence.jooq.tables.records.OrderLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrderStatusHistoryRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PaymentStatusHistoryRecord;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Orders in PostgreSQL: the order row with its payment inline, its lines, its status history and
 * its payment's history. Writes of several rows run in one unit of work (a new order's held back in
 * a grouped one); reads go through {@link OrderReads}, one statement per order.
 */
public final class JooqOrders implements Orders {

  private static final RenderedInsert<OrdersRecord> ORDER =
      new RenderedInsert<>(
          ORDERS,
          Arrays.stream(ORDERS.fields()).filter(field -> !field.equals(ORDERS.SEQ)).toList());

  private static final RenderedInsert<OrderLinesRecord> LINES =
      new RenderedInsert<>(ORDER_LINES, List.of(ORDER_LINES.fields()));

  private static final RenderedInsert<OrderStatusHistoryRecord> HISTORY =
      new RenderedInsert<>(ORDER_STATUS_HISTORY, List.of(ORDER_STATUS_HISTORY.fields()));

  private static final RenderedInsert<PaymentStatusHistoryRecord> PAYMENT_HISTORY =
      new RenderedInsert<>(PAYMENT_STATUS_HISTORY, List.of(PAYMENT_STATUS_HISTORY.fields()));

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqOrders(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  /** Inserts the order's rows, or holds them back inside a grouped unit of work. */
  @Override
  public void add(Order order) {
    transactions.run(
        () -> {
          database.insert(WriteBehind.Held.ORDERS, ORDER, List.of(OrderMapper.toRecord(order)));
          database.insert(WriteBehind.Held.ORDER_LINES, LINES, OrderMapper.lineRecords(order));
          database.insert(
              WriteBehind.Held.ORDER_STATUS_HISTORY, HISTORY, OrderMapper.historyRecords(order, 0));
          if (order.payment() != null) {
            database.insert(
                WriteBehind.Held.PAYMENT_STATUS_HISTORY,
                PAYMENT_HISTORY,
                PaymentMapper.historyRecords(order.payment(), 0));
          }
        });
  }

  @Override
  public void update(Order order) {
    transactions.run(
        () -> {
          var dsl = database.dsl();
          var updated =
              dsl.update(ORDERS)
                  .set(OrderMapper.withChanges(Rows.of(ORDERS), order))
                  .where(ORDERS.ID.eq(order.id().value()))
                  .execute();
          if (updated == 0) {
            throw new NotFoundException("order", order.id());
          }
          appendHistory(
              dsl,
              ORDER_STATUS_HISTORY,
              ORDER_STATUS_HISTORY.ORDER_ID.eq(order.id().value()),
              order.history().size(),
              from -> OrderMapper.historyRecords(order, from));
          var payment = order.payment();
          if (payment != null) {
            appendHistory(
                dsl,
                PAYMENT_STATUS_HISTORY,
                PAYMENT_STATUS_HISTORY.PAYMENT_ID.eq(payment.id().value()),
                payment.history().size(),
                from -> PaymentMapper.historyRecords(payment, from));
          }
        });
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return find(database.dsl(), ORDERS.ID.eq(id.value()));
  }

  /**
   * Locks the order row, then reads the order in a statement of its own, which sees every change
   * committed before the lock was granted.
   */
  @Override
  public Optional<Order> lock(OrderId id) {
    return lock(ORDERS.ID.eq(id.value()));
  }

  @Override
  public Optional<Order> findByPayment(PaymentId payment) {
    return find(database.dsl(), ORDERS.PAYMENT_ID.eq(payment.value()));
  }

  /** Locks and reads as {@link #lock}. */
  @Override
  public Optional<Order> lockByProviderRef(String provider, String providerRef) {
    return lock(
        ORDERS.PAYMENT_PROVIDER.eq(provider).and(ORDERS.PAYMENT_PROVIDER_REF.eq(providerRef)));
  }

  /**
   * The statuses are inlined so that the planner can use the partial index of uncaptured payments
   * by expiry.
   */
  @Override
  public List<OrderId> unpaidExpired(Instant now, int limit) {
    return database
        .dsl()
        .select(ORDERS.ID)
        .from(ORDERS)
        .where(
            ORDERS.PAYMENT_STATUS.in(
                Arrays.stream(PaymentStatus.values())
                    .filter(PaymentStatus::isUncaptured)
                    .map(status -> DSL.inline(status.code()))
                    .toList()))
        .and(ORDERS.PAYMENT_EXPIRES_AT.le(now))
        .orderBy(ORDERS.PAYMENT_EXPIRES_AT, ORDERS.ID)
        .limit(limit)
        .fetch(row -> new OrderId(row.value1()));
  }

  @Override
  public Page<Order> page(OrderQuery query, PageRequest request) {
    var dsl = database.dsl();
    var where = condition(query);
    var items =
        OrderReads.select(dsl)
            .where(where)
            .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.SEQ.desc())
            .limit(request.limit())
            .offset(request.offset())
            .fetch(OrderReads::toDomain);
    return Page.of(items, request, dsl.fetchCount(ORDERS, where));
  }

  /**
   * Inserts the steps of a history (of {@code size} steps, whose rows {@code ofOwner} selects) from
   * the first one not stored yet; a history is append-only, so a shorter one is refused.
   */
  private static <R extends TableRecord<R>> void appendHistory(
      DSLContext dsl,
      Table<R> table,
      Condition ofOwner,
      int size,
      IntFunction<List<R>> recordsFrom) {
    var stored = dsl.fetchCount(table, ofOwner);
    if (size < stored) {
      throw new IllegalArgumentException(table.getName() + " is append-only");
    }
    Inserts.all(dsl, table, recordsFrom.apply(stored));
  }

  private Optional<Order> lock(Condition which) {
    var dsl = database.requireUnitOfWork();
    var locked = dsl.select(ORDERS.ID).from(ORDERS).where(which).forUpdate().fetchOptional();
    return locked.flatMap(row -> find(dsl, ORDERS.ID.eq(row.value1())));
  }

  private static Optional<Order> find(DSLContext dsl, Condition which) {
    return OrderReads.select(dsl).where(which).fetchOptional(OrderReads::toDomain);
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
