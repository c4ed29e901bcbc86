package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.fakes.FakeGateway;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayCheckoutTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final Product mug = world.product("MUG-1", 1250, 7);

  @Test
  void reservesTheStockAndWaitsForThePaymentAtTheProvider() {
    var order = buyTwoMugs();

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    var payment = order.payment();
    assertThat(payment.method()).isEqualTo(PaymentMethod.GATEWAY);
    assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(payment.provider()).isEqualTo("simulated");
    assertThat(payment.providerRef()).startsWith("pi_");
    assertThat(payment.clientSecret()).startsWith(payment.providerRef());
    assertThat(payment.expiresAt()).isEqualTo(order.createdAt().plus(Duration.ofMinutes(30)));
    var intent = world.gateway().intent(payment.providerRef());
    assertThat(intent.amount()).isEqualTo(order.total());
    assertThat(intent.orderId()).isEqualTo(order.id());
    assertThat(intent.paymentId()).isEqualTo(payment.id());
    assertThat(intent.idempotencyKey()).isEqualTo("order-" + order.id());
    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThat(world.cart(alice).isEmpty()).isTrue();
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
  }

  @Test
  void aProviderThatCannotBeReachedReleasesTheReservationAndKeepsTheCart() {
    world.addToCart(alice, mug.id(), 2);
    world.gateway().goDown();

    assertThatThrownBy(() -> world.checkout(alice, PaymentChoice.gateway()))
        .isInstanceOf(PaymentProviderException.class);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.cart(alice).lines()).hasSize(1);
    assertThat(world.allOrders())
        .singleElement()
        .satisfies(
            released -> {
              assertThat(released.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
              assertThat(released.payment().status()).isEqualTo(PaymentStatus.FAILED);
              assertThat(released.payment().providerRef()).isNull();
            });
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aShortLineAsksTheProviderForNothing() {
    world.addToCart(alice, mug.id(), 7);
    world.adjust(mug.id(), -1);

    assertThatThrownBy(() -> world.checkout(alice, PaymentChoice.gateway()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("out_of_stock"));
    assertThat(world.gateway().intentsCreated()).isZero();
    assertThat(world.gateway().cancelled()).isEmpty();
    assertThat(world.allOrders()).isEmpty();
  }

  @Test
  void cancellingAnUnpaidOrderPutsTheStockBackAndCancelsTheIntent() {
    var order = buyTwoMugs();

    var cancelled = world.cancelOrder().execute(alice, order.id());

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.payment().status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.gateway().cancelled()).containsExactly(order.payment().providerRef());
  }

  @Test
  void anExpiredReservationIsCancelledOnceAndItsStockReleased() {
    var order = buyTwoMugs();
    var fresh = buyTwoMugsLater(Duration.ofMinutes(20));
    world.bank().clock().advance(Duration.ofMinutes(11));

    assertThat(world.expireUnpaid().execute()).isEqualTo(1);
    assertThat(world.expireUnpaid().execute()).isZero();

    var expired = world.getOrder().execute(alice, order.id());
    assertThat(expired.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(expired.payment().status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(world.getOrder().execute(alice, fresh.id()).status())
        .isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThat(world.gateway().cancelled()).containsExactly(order.payment().providerRef());
  }

  @Test
  void aPaidOrderIsNotExpired() {
    var order = buyTwoMugs();
    world.pay(order);
    world.bank().clock().advance(Duration.ofHours(1));

    assertThat(world.expireUnpaid().execute()).isZero();
    assertThat(world.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aRefundOfAGatewayPaymentGoesThroughTheProvider() {
    var order = buyTwoMugs();
    world.pay(order);

    var refund =
        world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(500L));

    assertThat(refund.providerRef()).startsWith("re_");
    assertThat(world.gateway().refunds())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.intentId()).isEqualTo(order.payment().providerRef());
              assertThat(call.amount().minor()).isEqualTo(500);
              assertThat(call.idempotencyKey()).isEqualTo("refund-" + refund.id());
            });
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_000);
    assertThat(world.clearingBalance(ShopWorld.EUR)).isEqualTo(-2_000);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void cancellingAPaidGatewayOrderRefundsThroughTheProviderOrChangesNothing() {
    var order = buyTwoMugs();
    world.pay(order);
    world.gateway().goDown();

    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOf(PaymentProviderException.class);
    assertThat(world.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.PAID);
    assertThat(world.stock(mug.id())).isEqualTo(5);

    world.gateway().comeBack();
    var cancelled = world.cancelOrder().execute(alice, order.id());

    assertThat(cancelled.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(world.gateway().refunds())
        .singleElement()
        .satisfies(call -> assertThat(call.amount()).isEqualTo(order.total()));
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void providerRefundKeysFollowTheRefundSoEqualRefundsStayApart() {
    var order = buyTwoMugs();
    world.pay(order);

    var first =
        world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(500L));
    var second =
        world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(500L));

    assertThat(world.gateway().refunds())
        .extracting(FakeGateway.RefundCall::idempotencyKey)
        .containsExactly("refund-" + first.id(), "refund-" + second.id());
  }

  private Order buyTwoMugs() {
    world.addToCart(alice, mug.id(), 2);
    return world.checkout(alice, PaymentChoice.gateway());
  }

  private Order buyTwoMugsLater(Duration after) {
    world.bank().clock().advance(after);
    return buyTwoMugs();
  }
}
