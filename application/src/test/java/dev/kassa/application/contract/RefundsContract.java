package dev.kassa.application.contract;

import static dev.kassa.application.testdata.OrderBuilder.anOrder;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundLine;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.payment.Refunds} adapter must do. */
public abstract class RefundsContract extends PortContract {

  private ShopFixture shop;

  @BeforeEach
  void openShop() {
    shop = new ShopFixture(world.transactions(), world.products());
  }

  @Test
  void addedRefundIsFoundAsAdded() {
    var order = storedOrder();
    var admin = newOwner();
    var refund = refund(order, eur(5), RefundStatus.SUCCEEDED, null, admin, TestTime.now());

    inTx(() -> world.refunds().add(refund));

    assertThat(world.refunds().find(refund.id())).contains(refund);
  }

  @Test
  void pendingProviderRefundWithoutRequesterIsKept() {
    var order = storedOrder();
    var refund = refund(order, eur(3), RefundStatus.PENDING, "re_123", null, TestTime.now());

    inTx(() -> world.refunds().add(refund));

    assertThat(world.refunds().find(refund.id())).contains(refund);
  }

  @Test
  void byOrderListsOnlyThatOrdersRefundsOldestFirst() {
    var order = storedOrder();
    var other = storedOrder();
    var base = TestTime.now();
    var second = refund(order, eur(2), RefundStatus.SUCCEEDED, null, null, base.plusSeconds(1));
    var first = refund(order, eur(1), RefundStatus.SUCCEEDED, null, null, base);
    var sameInstant =
        refund(order, eur(3), RefundStatus.PENDING, "re_1", null, base.plusSeconds(1));
    var others = refund(other, eur(1), RefundStatus.SUCCEEDED, null, null, base);
    inTx(
        () -> {
          world.refunds().add(second);
          world.refunds().add(first);
          world.refunds().add(sameInstant);
          world.refunds().add(others);
        });

    assertThat(world.refunds().byOrder(order.id())).containsExactly(first, second, sameInstant);
    assertThat(world.refunds().byOrder(other.id())).containsExactly(others);
    assertThat(world.refunds().byOrder(OrderId.newId())).isEmpty();
  }

  @Test
  void refundOfAUnitOfWorkThatFailedIsNotKept() {
    var order = storedOrder();
    var refund = refund(order, eur(5), RefundStatus.SUCCEEDED, null, null, TestTime.now());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.refunds().add(refund);
                      throw new IllegalStateException("the refund's ledger entry failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.refunds().find(refund.id())).isEmpty();
    assertThat(world.refunds().byOrder(order.id())).isEmpty();
  }

  @Test
  void aRequestedRefundIsKeptWithoutEntryThenCompletedByUpdate() {
    var order = storedOrder();
    var requested = requested(order, eur(4), true, TestTime.now());
    inTx(() -> world.refunds().add(requested));
    assertThat(world.refunds().find(requested.id())).contains(requested);

    var entry = money.deposit(newAccount(order.userId()).id(), eur(4)).entry().id();
    var done = requested.completed(new ProviderRefund("re_9", RefundStatus.PENDING), entry);
    inTx(() -> world.refunds().update(done));

    assertThat(world.refunds().find(requested.id())).contains(done);
    assertThat(done.cancelsOrder()).isTrue();
    assertThat(world.refunds().byOrder(order.id())).containsExactly(done);
  }

  @Test
  void aFailedRefundIsStoredWithoutEntry() {
    var order = storedOrder();
    var requested = requested(order, eur(4), false, TestTime.now());
    inTx(() -> world.refunds().add(requested));

    inTx(() -> world.refunds().update(requested.failed()));

    assertThat(world.refunds().find(requested.id())).contains(requested.failed());
  }

  @Test
  void anUpdateOfAUnitOfWorkThatFailedIsNotKept() {
    var order = storedOrder();
    var requested = requested(order, eur(4), false, TestTime.now());
    inTx(() -> world.refunds().add(requested));

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.refunds().update(requested.failed());
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.refunds().find(requested.id())).contains(requested);
  }

  @Test
  void requestedListsOnlyRequestedRefundsCreatedBeforeTheInstantOldestFirst() {
    var order = storedOrder();
    var base = Instant.parse("2001-01-01T00:00:00Z");
    var oldest = requested(order, eur(1), false, base);
    var older = requested(order, eur(2), true, base.plusSeconds(1));
    var tooRecent = requested(order, eur(3), false, base.plusSeconds(10));
    var completed = refund(order, eur(4), RefundStatus.SUCCEEDED, null, null, base);
    var failed = requested(order, eur(5), false, base);
    inTx(
        () -> {
          world.refunds().add(older);
          world.refunds().add(tooRecent);
          world.refunds().add(oldest);
          world.refunds().add(completed);
          world.refunds().add(failed);
          world.refunds().update(failed.failed());
        });

    var before = base.plusSeconds(10);
    assertThat(world.refunds().requested(before, 10)).containsExactly(oldest, older);
    assertThat(world.refunds().requested(before, 1)).containsExactly(oldest);
    assertThat(world.refunds().requested(base, 10)).isEmpty();
  }

  @Test
  void refundByLineKeepsItsLinesInOrderAndWhetherItRestocks() {
    var owner = newOwner();
    var account = newAccount(owner);
    var paid = money.deposit(account.id(), eur(100)).entry().id();
    var order =
        anOrder()
            .by(owner)
            .withLine(shop.product(), 2)
            .withLine(shop.product(), 3)
            .paidFrom(account.id(), paid)
            .build();
    inTx(() -> world.orders().add(order));
    var first = order.lines().getFirst();
    var second = order.lines().get(1);
    var lines =
        List.of(
            new RefundLine(second.productId(), 1, second.unitPrice()),
            new RefundLine(first.productId(), 2, first.unitPrice().times(2)));
    var at = TestTime.now();
    var requested =
        Refund.requested(
            order.id(),
            order.payment().id(),
            RefundScope.ofLines(lines, true),
            newOwner(),
            false,
            at);
    var amountOnly = requested(order, eur(1), false, at.plusSeconds(1));

    inTx(
        () -> {
          world.refunds().add(requested);
          world.refunds().add(amountOnly);
        });

    var stored = world.refunds().find(requested.id()).orElseThrow();
    assertThat(stored).isEqualTo(requested);
    assertThat(stored.lines()).isEqualTo(lines);
    assertThat(stored.restock()).isTrue();
    assertThat(world.refunds().byOrder(order.id())).containsExactly(requested, amountOnly);
    assertThat(world.refunds().requested(at.plusSeconds(5), 1000))
        .filteredOn(refund -> refund.orderId().equals(order.id()))
        .containsExactly(requested, amountOnly);
    var entry = money.deposit(newAccount(order.userId()).id(), requested.amount()).entry().id();
    var completed = requested.completed(new ProviderRefund("re_1", RefundStatus.SUCCEEDED), entry);
    inTx(() -> world.refunds().update(completed));
    assertThat(world.refunds().find(requested.id())).contains(completed);
  }

  @Test
  void unknownRefundIsNotFound() {
    assertThat(world.refunds().find(RefundId.newId())).isEmpty();
  }

  /** A refund recorded by a real journal entry. */
  private Refund refund(
      Order order,
      Money amount,
      RefundStatus status,
      String providerRef,
      UserId requestedBy,
      Instant at) {
    var entry = money.deposit(newAccount(order.userId()).id(), amount, at).entry().id();
    return new Refund(
        RefundId.newId(),
        order.id(),
        order.payment().id(),
        amount,
        status,
        providerRef,
        entry,
        requestedBy,
        false,
        List.of(),
        false,
        at);
  }

  private static Refund requested(Order order, Money amount, boolean cancels, Instant at) {
    return Refund.requested(
        order.id(), order.payment().id(), RefundScope.of(amount), null, cancels, at);
  }

  private Order storedOrder() {
    var owner = newOwner();
    var account = newAccount(owner);
    var entry = money.deposit(account.id(), eur(100)).entry().id();
    var order =
        anOrder().by(owner).withLine(shop.product(), 2).paidFrom(account.id(), entry).build();
    inTx(() -> world.orders().add(order));
    return order;
  }
}
