package dev.kassa.application.contract;

import static dev.kassa.application.testdata.OrderBuilder.anOrder;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
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
        at);
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
