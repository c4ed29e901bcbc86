package dev.kassa.adapters.memory;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders in memory. As in the database, an update changes the status, payment, shipment and update
 * time only, and appends to the histories; each row keeps an insertion sequence to order orders
 * created at the same instant. Lookups by payment scan the orders.
 */
public final class InMemoryOrders implements Orders {

  private record Row(Order order, long seq) {}

  private static final Comparator<Row> NEWEST_FIRST =
      Comparator.comparing((Row row) -> row.order().createdAt())
          .thenComparingLong(Row::seq)
          .reversed();

  private static final Comparator<Order> BY_EXPIRY =
      Comparator.comparing((Order order) -> order.payment().expiresAt()).thenComparing(Order::id);

  private final InMemoryTransactions transactions;
  private final Table<OrderId, Row> orders;
  private final AtomicLong sequence = new AtomicLong();

  public InMemoryOrders(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.orders = new Table<>(transactions);
  }

  @Override
  public void add(Order order) {
    requirePaidInOwnCurrency(order);
    transactions.run(
        () -> {
          requireIntentOfNoOtherOrder(order);
          if (!orders.insert(order.id(), new Row(order, sequence.incrementAndGet()))) {
            throw new IllegalArgumentException("order " + order.id() + " exists already");
          }
        });
  }

  @Override
  public void update(Order order) {
    requirePaidInOwnCurrency(order);
    transactions.run(
        () -> {
          var current =
              orders.find(order.id()).orElseThrow(() -> new NotFoundException("order", order.id()));
          var stored = current.order();
          var history = new ArrayList<>(stored.history());
          if (order.history().size() < history.size()) {
            throw new IllegalArgumentException("an order's history is append-only");
          }
          history.addAll(order.history().subList(history.size(), order.history().size()));
          requireAppendedPaymentHistory(stored.payment(), order.payment());
          requireIntentOfNoOtherOrder(order);
          var changed =
              new Order(
                  stored.id(),
                  stored.userId(),
                  stored.kind(),
                  order.status(),
                  stored.currency(),
                  stored.lines(),
                  order.payment(),
                  history,
                  stored.createdAt(),
                  order.updatedAt(),
                  stored.shippingAddress(),
                  order.shipment());
          orders.put(order.id(), new Row(changed, current.seq()));
        });
  }

  /** As the database's unique provider reference: one intent pays one order only. */
  private void requireIntentOfNoOtherOrder(Order order) {
    var payment = order.payment();
    if (payment != null
        && payment.providerRef() != null
        && byProviderRef(payment.provider(), payment.providerRef())
            .filter(other -> !other.id().equals(order.id()))
            .isPresent()) {
      throw new IllegalArgumentException(
          "intent " + payment.providerRef() + " pays another order already");
    }
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return orders.find(id).map(Row::order);
  }

  /** A plain read: the unit of work's lock already keeps every other writer out. */
  @Override
  public Optional<Order> lock(OrderId id) {
    requireUnitOfWork();
    return find(id);
  }

  @Override
  public Optional<Order> findByPayment(PaymentId payment) {
    return orders
        .rows()
        .map(Row::order)
        .filter(order -> order.payment() != null && order.payment().id().equals(payment))
        .findFirst();
  }

  @Override
  public Optional<Order> lockByProviderRef(String provider, String providerRef) {
    requireUnitOfWork();
    return byProviderRef(provider, providerRef);
  }

  private Optional<Order> byProviderRef(String provider, String providerRef) {
    return orders
        .rows()
        .map(Row::order)
        .filter(order -> order.payment() != null)
        .filter(order -> order.payment().provider().equals(provider))
        .filter(order -> providerRef.equals(order.payment().providerRef()))
        .findFirst();
  }

  @Override
  public List<OrderId> unpaidExpired(Instant now, int limit) {
    return orders
        .rows()
        .map(Row::order)
        .filter(order -> order.payment() != null && order.payment().expiresAt() != null)
        .filter(order -> order.payment().status().isUncaptured())
        .filter(order -> !order.payment().expiresAt().isAfter(now))
        .sorted(BY_EXPIRY)
        .limit(limit)
        .map(Order::id)
        .toList();
  }

  @Override
  public Page<Order> page(OrderQuery query, PageRequest request) {
    var matching =
        orders
            .rows()
            .filter(row -> matches(row.order(), query))
            .sorted(NEWEST_FIRST)
            .map(Row::order)
            .toList();
    return Page.slice(matching, request);
  }

  private static boolean matches(Order order, OrderQuery query) {
    return (query.userId() == null || query.userId().equals(order.userId()))
        && (query.status() == null || query.status() == order.status())
        && (query.kind() == null || query.kind() == order.kind());
  }

  private void requireUnitOfWork() {
    if (!transactions.inUnitOfWork()) {
      throw new IllegalStateException("row locks need a unit of work: call inside inTransaction");
    }
  }

  private static void requireAppendedPaymentHistory(Payment stored, Payment changed) {
    if (stored != null
        && changed != null
        && stored.id().equals(changed.id())
        && changed.history().size() < stored.history().size()) {
      throw new IllegalArgumentException("a payment's history is append-only");
    }
  }

  private static void requirePaidInOwnCurrency(Order order) {
    if (order.payment() != null && !order.payment().amount().currency().equals(order.currency())) {
      throw new IllegalArgumentException("an order is paid in its own currency");
    }
  }
}
