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
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardNumber;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Shipment;
import dev.kassa.domain.order.ShippingAddress;
import dev.kassa.domain.order.StatusChange;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentChange;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.order.Orders} adapter must do. */
public abstract class OrdersContract extends PortContract {

  private static final String PROVIDER = "simulated";

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
  void shippingAddressIsKeptAndShipmentIsStoredWhenShipped() {
    var address = new ShippingAddress("Ada Lovelace", "1 Loop", null, null, "London", "GB");
    var order = paid(newOwner(), TestTime.now()).build().shippingTo(address);
    inTx(() -> world.orders().add(order));

    assertThat(world.orders().find(order.id())).contains(order);
    assertThat(world.orders().find(order.id()).orElseThrow().shipment()).isNull();

    var shipped = order.ship(new Shipment("DHL", "JD0123"), order.createdAt().plusSeconds(1));
    inTx(() -> world.orders().update(shipped));

    var stored = world.orders().find(order.id()).orElseThrow();
    assertThat(stored).isEqualTo(shipped);
    assertThat(stored.shippingAddress()).isEqualTo(address);
    assertThat(stored.shipment()).isEqualTo(new Shipment("DHL", "JD0123"));
  }

  @Test
  void orderWithoutShippingAddressShippedWithoutTrackingKeepsNeither() {
    var order = store(paid(newOwner(), TestTime.now()));
    var shipped = order.ship(null, order.createdAt().plusSeconds(1));
    inTx(() -> world.orders().update(shipped));

    var stored = world.orders().find(order.id()).orElseThrow();
    assertThat(stored).isEqualTo(shipped);
    assertThat(stored.shippingAddress()).isNull();
    assertThat(stored.shipment()).isNull();
  }

  @Test
  void orderAwaitingAProviderRoundTripsWithItsIntentSecretAndExpiry() {
    var at = TestTime.now();
    var pending = store(awaiting(newOwner(), at, at.plusSeconds(900)));

    var stored = world.orders().find(pending.id()).orElseThrow();

    assertThat(stored).isEqualTo(pending);
    assertThat(stored.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(stored.payment().provider()).isEqualTo(PROVIDER);
    assertThat(stored.payment().providerRef()).startsWith("pi_");
    assertThat(stored.payment().clientSecret()).endsWith("_secret");
    assertThat(stored.payment().expiresAt()).isEqualTo(at.plusSeconds(900));
    assertThat(stored.payment().accountId()).isNull();
    assertThat(stored.payment().entryId()).isNull();
  }

  @Test
  void orderPaidByCardRoundTripsWithItsCardHoldAndExpiry() {
    var at = TestTime.now();
    var order = store(paidByCard(newOwner(), at, at.plusSeconds(7 * 24 * 3600)));

    var stored = world.orders().find(order.id()).orElseThrow();

    assertThat(stored).isEqualTo(order);
    assertThat(stored.payment().method()).isEqualTo(PaymentMethod.CARD);
    assertThat(stored.payment().provider()).isEqualTo(Payment.IN_HOUSE);
    assertThat(stored.payment().status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(stored.payment().cardId()).isNotNull();
    assertThat(stored.payment().holdId()).isNotNull();
    assertThat(stored.payment().expiresAt()).isEqualTo(at.plusSeconds(7 * 24 * 3600));
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
            .withPayment(order.payment().refund(order.total(), later), later);

    inTx(() -> world.orders().update(cancelled));

    var stored = world.orders().find(order.id()).orElseThrow();
    assertThat(stored).isEqualTo(cancelled);
    assertThat(stored.history())
        .containsExactly(
            new StatusChange(OrderStatus.PAID, order.createdAt()),
            new StatusChange(OrderStatus.CANCELLED, later));
    assertThat(stored.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(stored.payment().history())
        .containsExactly(
            new PaymentChange(PaymentStatus.CAPTURED, order.createdAt()),
            new PaymentChange(PaymentStatus.REFUNDED, later));
  }

  @Test
  void eachUpdateAppendsOnlyThePaymentsNewSteps() {
    var at = TestTime.now();
    var pending = store(awaiting(newOwner(), at, at.plusSeconds(900)));
    var entry = money.deposit(newAccount(newOwner()).id(), eur(1), at).entry().id();
    var paid =
        pending
            .moveTo(OrderStatus.PAID, at.plusSeconds(1))
            .withPayment(pending.payment().captured(entry, at.plusSeconds(1)), at.plusSeconds(1));
    var refunded =
        paid.withPayment(paid.payment().refund(eur(1), at.plusSeconds(2)), at.plusSeconds(2));

    inTx(() -> world.orders().update(paid));
    inTx(() -> world.orders().update(refunded));

    var stored = world.orders().find(pending.id()).orElseThrow();
    assertThat(stored).isEqualTo(refunded);
    assertThat(stored.payment().history())
        .extracting(PaymentChange::status)
        .containsExactly(
            PaymentStatus.PENDING, PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(stored.payment().entryId()).isEqualTo(entry);
  }

  @Test
  void findByPaymentReadsTheOrderItBelongsTo() {
    var order = store(paid(newOwner(), TestTime.now()));

    assertThat(world.orders().findByPayment(order.payment().id())).contains(order);
    assertThat(world.orders().findByPayment(PaymentId.newId())).isEmpty();
  }

  @Test
  void lockByProviderRefReadsTheOrderOfThatIntentInsideAUnitOfWork() {
    var at = TestTime.now();
    var order = store(awaiting(newOwner(), at, at.plusSeconds(900)));
    var ref = order.payment().providerRef();

    assertThat(inTx(() -> world.orders().lockByProviderRef(PROVIDER, ref))).contains(order);
    assertThat(inTx(() -> world.orders().lockByProviderRef(PROVIDER, "pi_unknown"))).isEmpty();
    assertThat(inTx(() -> world.orders().lockByProviderRef("another", ref))).isEmpty();
    assertThatThrownBy(() -> world.orders().lockByProviderRef(PROVIDER, ref))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anIntentPaysOneOrderOnly() {
    var at = TestTime.now();
    var order = store(awaiting(newOwner(), at, at.plusSeconds(900)));
    var intent = new ProviderIntent(order.payment().providerRef(), "another_secret");
    var second =
        anOrder()
            .by(newOwner())
            .at(at)
            .withLine(shop.product(), 1)
            .awaitingProvider(PROVIDER, intent, at.plusSeconds(900))
            .build();

    assertThatThrownBy(() -> inTx(() -> world.orders().add(second)))
        .isInstanceOf(RuntimeException.class);
    assertThat(world.orders().find(second.id())).isEmpty();
    assertThat(inTx(() -> world.orders().lockByProviderRef(PROVIDER, intent.id()))).contains(order);
  }

  @Test
  void concurrentSettlementsOfOneIntentApplyOneAfterTheOther() {
    var at = TestTime.now();
    var order = store(awaiting(newOwner(), at, at.plusSeconds(900)));
    var ref = order.payment().providerRef();

    var outcomes =
        Race.run(
            4,
            runner ->
                inTx(
                    () -> {
                      var locked = world.orders().lockByProviderRef(PROVIDER, ref).orElseThrow();
                      var now = TestTime.now();
                      var failed =
                          locked
                              .moveTo(OrderStatus.PAYMENT_FAILED, now)
                              .withPayment(locked.payment().failed(now), now);
                      world.orders().update(failed);
                      return failed;
                    }));

    var winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
    assertThat(winners).hasSize(1);
    assertThat(world.orders().find(order.id())).contains(winners.getFirst().value());
  }

  @Test
  void unpaidExpiredListsDueOrdersWhoseMoneyWasNeverTakenByExpiry() {
    var base = Instant.parse("1990-06-01T00:00:00Z");
    var owner = newOwner();
    var second = store(paidByCard(owner, base, base.plusSeconds(20)));
    var first = store(awaiting(owner, base, base.plusSeconds(10)));
    var atTheLimit = store(awaiting(owner, base, base.plusSeconds(30)));
    var notYet = store(awaiting(owner, base, base.plusSeconds(31)));
    var givenUp = store(awaiting(owner, base, base.plusSeconds(5)));
    var failedAt = base.plusSeconds(6);
    inTx(
        () ->
            world
                .orders()
                .update(
                    givenUp
                        .moveTo(OrderStatus.PAYMENT_FAILED, failedAt)
                        .withPayment(givenUp.payment().failed(failedAt), failedAt)));
    var captured = store(paidByCard(owner, base, base.plusSeconds(7)));
    var capturedAt = base.plusSeconds(8);
    var entry = money.deposit(newAccount(owner).id(), eur(1), capturedAt).entry().id();
    inTx(
        () ->
            world
                .orders()
                .update(
                    captured
                        .moveTo(OrderStatus.SHIPPED, capturedAt)
                        .withPayment(captured.payment().captured(entry, capturedAt), capturedAt)));
    var mine =
        Set.of(first.id(), second.id(), atTheLimit.id(), notYet.id(), givenUp.id(), captured.id());

    var due = world.orders().unpaidExpired(base.plusSeconds(30), 100);
    var firstTwo = world.orders().unpaidExpired(base.plusSeconds(30), 2);

    assertThat(due.stream().filter(mine::contains))
        .containsExactly(first.id(), second.id(), atTheLimit.id());
    assertThat(due)
        .extracting(id -> world.orders().find(id).orElseThrow())
        .allMatch(
            order ->
                order.payment().status() == PaymentStatus.PENDING
                    || order.payment().status() == PaymentStatus.AUTHORIZED)
        .extracting(order -> order.payment().expiresAt())
        .isSorted()
        .allMatch(expiry -> !expiry.isAfter(base.plusSeconds(30)));
    assertThat(firstTwo).containsExactlyElementsOf(due.subList(0, 2));
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

  /** An order paid by a real hold on a fresh card of a funded account. */
  private OrderBuilder paidByCard(UserId owner, Instant at, Instant expiresAt) {
    var account = newAccount(owner);
    money.deposit(account.id(), eur(100), at);
    var card =
        Card.issue(
            account.id(),
            owner,
            CardType.VIRTUAL,
            CardNumber.generate(new SplittableRandom()),
            "test-" + UUID.randomUUID(),
            at);
    inTx(() -> world.cards().add(card));
    var product = shop.product();
    var hold =
        inTx(
            () ->
                world
                    .ledger()
                    .placeHold(
                        account.id(),
                        lineOf(product, 2).lineTotal(),
                        new Reference("order", UUID.randomUUID()),
                        "Card hold",
                        at,
                        expiresAt));
    return anOrder()
        .by(owner)
        .at(at)
        .withLine(product, 2)
        .paidByCard(account.id(), card.id(), hold.id(), expiresAt);
  }

  /** An order awaiting payment of a fresh intent at {@link #PROVIDER}. */
  private OrderBuilder awaiting(UserId owner, Instant at, Instant expiresAt) {
    var ref = "pi_" + UUID.randomUUID();
    return anOrder()
        .by(owner)
        .at(at)
        .withLine(shop.product(aProduct().pricedAt(TestMoney.eur(5, 25))), 3)
        .awaitingProvider(PROVIDER, new ProviderIntent(ref, ref + "_secret"), expiresAt);
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
        at,
        null,
        null);
  }

  private static PageRequest first() {
    return PageRequest.first(10);
  }
}
