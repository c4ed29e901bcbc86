package dev.kassa.application.contract;

import static dev.kassa.application.testdata.OrderBuilder.anOrder;
import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.OrderBuilder;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Payment;
import dev.kassa.domain.order.PaymentId;
import dev.kassa.domain.order.PaymentMethod;
import dev.kassa.domain.order.PaymentStatus;
import dev.kassa.domain.order.StatusChange;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.order.Orders} adapter must do. */
public abstract class OrdersContract extends PortContract {

  private ShopFixture shop;

  @BeforeEach
  void openShop() {
    shop = new ShopFixture(world.transactions(), world.products());
  }

  @Test
  void addedOrderIsFoundWithItsLinesPaymentAndHistory() {
    var order = store(paid(newOwner(), TestTime.now()).withLine(shop.product(), 1));

    assertThat(world.orders().find(order.id())).contains(order);
    assertThat(order.lines()).hasSize(2);
  }

  @Test
  void orderAwaitingAProviderRoundTripsWithoutAccountOrEntry() {
    var at = TestTime.now();
    var line = lineOf(shop.product(aProduct().pricedAt(TestMoney.usd(5, 25))), 3);
    var payment =
        new Payment(
            PaymentId.newId(),
            PaymentMethod.GATEWAY,
            PaymentStatus.PENDING,
            line.lineTotal(),
            Money.zero(TestMoney.USD),
            null,
            null,
            at);
    var pending = pending(newOwner(), line, payment, at);

    inTx(() -> world.orders().add(pending));

    assertThat(world.orders().find(pending.id())).contains(pending);
  }

  @Test
  void orderWithoutPaymentRoundTrips() {
    var at = TestTime.now();
    var pending = pending(newOwner(), lineOf(shop.product(), 1), null, at);

    inTx(() -> world.orders().add(pending));

    assertThat(world.orders().find(pending.id())).contains(pending);
  }

  @Test
  void updateAppendsToTheHistoryAndChangesThePayment() {
    var order = store(paid(newOwner(), TestTime.now()));
    var later = order.createdAt().plusSeconds(30);
    var cancelled =
        order
            .moveTo(OrderStatus.CANCELLED, later)
            .withPayment(order.payment().refund(order.total()), later);

    inTx(() -> world.orders().update(cancelled));

    var stored = world.orders().find(order.id()).orElseThrow();
    assertThat(stored).isEqualTo(cancelled);
    assertThat(stored.history())
        .containsExactly(
            new StatusChange(OrderStatus.PAID, order.createdAt()),
            new StatusChange(OrderStatus.CANCELLED, later));
    assertThat(stored.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void eachUpdateAppendsOnlyItsNewSteps() {
    var order = store(paid(newOwner(), TestTime.now()));
    var shipped = order.moveTo(OrderStatus.SHIPPED, order.createdAt().plusSeconds(1));
    var delivered = shipped.moveTo(OrderStatus.DELIVERED, order.createdAt().plusSeconds(2));

    inTx(() -> world.orders().update(shipped));
    inTx(() -> world.orders().update(delivered));

    assertThat(world.orders().find(order.id())).contains(delivered);
  }

  @Test
  void updateOfAnUnknownOrderFails() {
    var unknown = paid(newOwner(), TestTime.now()).build();

    assertThatThrownBy(() -> inTx(() -> world.orders().update(unknown)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.orders().find(unknown.id())).isEmpty();
  }

  @Test
  void lockReadsTheOrderInsideAUnitOfWork() {
    var order = store(paid(newOwner(), TestTime.now()));

    assertThat(inTx(() -> world.orders().lock(order.id()))).contains(order);
    assertThat(inTx(() -> world.orders().lock(OrderId.newId()))).isEmpty();
    assertThatThrownBy(() -> world.orders().lock(order.id()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void concurrentStatusChangesOfALockedOrderApplyOneAfterTheOther() {
    var order = store(paid(newOwner(), TestTime.now()));

    var outcomes =
        Race.run(
            4,
            runner ->
                inTx(
                    () -> {
                      var locked = world.orders().lock(order.id()).orElseThrow();
                      var shipped = locked.moveTo(OrderStatus.SHIPPED, TestTime.now());
                      world.orders().update(shipped);
                      return shipped;
                    }));

    var winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
    assertThat(winners).hasSize(1);
    assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()))
        .allSatisfy(
            loser ->
                assertThat(loser.failure())
                    .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_state_transition")));
    assertThat(world.orders().find(order.id())).contains(winners.getFirst().value());
  }

  @Test
  void pageListsAUsersOrdersNewestFirstWithTheirTotal() {
    var owner = newOwner();
    var base = TestTime.now();
    var middle = store(paid(owner, base.plusSeconds(1)));
    var oldest = store(paid(owner, base));
    var newest = store(paid(owner, base.plusSeconds(2)));
    store(paid(newOwner(), base.plusSeconds(3)));
    var mine = new OrderQuery(owner, null, null);

    var first = world.orders().page(mine, new PageRequest(2, 0));
    var rest = world.orders().page(mine, new PageRequest(2, 2));

    assertThat(first.items()).containsExactly(newest, middle);
    assertThat(rest.items()).containsExactly(oldest);
    assertThat(first.total()).isEqualTo(3);
    assertThat(rest.total()).isEqualTo(3);
  }

  @Test
  void pageFiltersByStatusAndKind() {
    var owner = newOwner();
    var base = TestTime.now();
    var checkout = store(paid(owner, base));
    var purchase = store(paid(owner, base.plusSeconds(1)).ofKind(OrderKind.PURCHASE));
    var shipped = store(paid(owner, base.plusSeconds(2)));
    var shippedNow = shipped.moveTo(OrderStatus.SHIPPED, base.plusSeconds(3));
    inTx(() -> world.orders().update(shippedNow));

    var paid = world.orders().page(new OrderQuery(owner, OrderStatus.PAID, null), first());
    var purchases = world.orders().page(new OrderQuery(owner, null, OrderKind.PURCHASE), first());
    var shippedCheckouts =
        world
            .orders()
            .page(new OrderQuery(owner, OrderStatus.SHIPPED, OrderKind.CHECKOUT), first());
    var anyonesShipped =
        allPages(
            request ->
                world.orders().page(new OrderQuery(null, OrderStatus.SHIPPED, null), request));

    assertThat(paid.items()).containsExactly(purchase, checkout);
    assertThat(paid.total()).isEqualTo(2);
    assertThat(purchases.items()).containsExactly(purchase);
    assertThat(shippedCheckouts.items()).containsExactly(shippedNow);
    assertThat(anyonesShipped)
        .contains(shippedNow)
        .allMatch(o -> o.status() == OrderStatus.SHIPPED);
    assertThat(anyonesShipped)
        .extracting(Order::createdAt)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void unknownOrderIsNotFound() {
    assertThat(world.orders().find(OrderId.newId())).isEmpty();
  }

  /** A paid order of one line of a fresh product, paid from a fresh account by a real entry. */
  private OrderBuilder paid(UserId owner, Instant at) {
    var account = newAccount(owner);
    var entry = money.deposit(account.id(), eur(100), at).entry().id();
    return anOrder().by(owner).at(at).withLine(shop.product(), 2).paidFrom(account.id(), entry);
  }

  private Order store(OrderBuilder builder) {
    var order = builder.build();
    inTx(() -> world.orders().add(order));
    return order;
  }

  private static OrderLine lineOf(dev.kassa.domain.product.Product product, int quantity) {
    return new OrderLine(product.id(), product.sku(), product.name(), product.price(), quantity);
  }

  private static Order pending(UserId owner, OrderLine line, Payment payment, Instant at) {
    return new Order(
        OrderId.newId(),
        owner,
        OrderKind.CHECKOUT,
        OrderStatus.PENDING_PAYMENT,
        line.unitPrice().currency(),
        List.of(line),
        payment,
        List.of(new StatusChange(OrderStatus.PENDING_PAYMENT, at)),
        at,
        at);
  }

  private static PageRequest first() {
    return PageRequest.first(10);
  }
}
