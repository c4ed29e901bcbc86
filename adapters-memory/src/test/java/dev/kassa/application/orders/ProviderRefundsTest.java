package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.memory.InMemoryTransactions;
import dev.kassa.application.fakes.FakeGateway;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Refunds through the provider: requested, asked outside any unit of work, then recorded. */
class ProviderRefundsTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final Product mug = world.product("MUG-1", 1250, 7);
  private final Order order = paidThroughTheGateway();

  @Test
  void aRefundIsRequestedBeforeTheProviderIsAskedOutsideAnyUnitOfWorkAndSucceededAfter() {
    var seen = new CopyOnWriteArrayList<List<RefundStatus>>();
    var inUnit = new CopyOnWriteArrayList<Boolean>();
    world
        .gateway()
        .onRefund(
            () -> {
              seen.add(refunds().stream().map(Refund::status).toList());
              inUnit.add(transactions().inUnitOfWork());
            });

    var refund = refund(500L);

    assertThat(seen).containsExactly(List.of(RefundStatus.REQUESTED));
    assertThat(inUnit).containsExactly(false);
    assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(refund.entryId()).isNotNull();
    assertThat(refunds()).containsExactly(refund);
    assertThat(payment().refunded().minor()).isEqualTo(500);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_000);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aProviderThatIsDownFailsTheRefundAndChangesNothingElse() {
    world.gateway().goDown();

    assertThatThrownBy(() -> refund(500L)).isInstanceOf(PaymentProviderException.class);

    assertThat(refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.FAILED));
    assertThat(payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment().refunded().isZero()).isTrue();
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_500);
    world.gateway().comeBack();
    assertThat(refund(null).amount().minor()).isEqualTo(2_500);
  }

  @Test
  void aProviderThatDoesNotAnswerLeavesTheRefundRequestedForTheHousekeeping() {
    world.gateway().goSilent();

    assertThatThrownBy(() -> refund(500L))
        .isInstanceOfSatisfying(
            PaymentProviderException.class, e -> assertThat(e.isRefusal()).isFalse());

    var requested = refunds().getFirst();
    assertThat(requested.status()).isEqualTo(RefundStatus.REQUESTED);
    assertThat(payment().refunded().isZero()).isTrue();
    world.gateway().comeBack();
    world.bank().clock().advance(Duration.ofMinutes(2));
    assertThat(world.completeRequestedRefunds().execute()).isEqualTo(1);
    assertThat(refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.SUCCEEDED));
    assertThat(payment().refunded().minor()).isEqualTo(500);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aRefundInterruptedAfterTheProviderMadeItIsCompletedOnceByTheHousekeeping() {
    world.gateway().crashAfterNextRefund();
    assertThatThrownBy(() -> refund(700L)).isInstanceOf(IllegalStateException.class);
    var requested = refunds().getFirst();
    assertThat(requested.status()).isEqualTo(RefundStatus.REQUESTED);
    assertThat(payment().refunded().isZero()).isTrue();

    assertThat(world.completeRequestedRefunds().execute()).isZero();
    world.bank().clock().advance(Duration.ofMinutes(2));
    assertThat(world.completeRequestedRefunds().execute()).isEqualTo(1);
    assertThat(world.completeRequestedRefunds().execute()).isZero();

    assertThat(refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.SUCCEEDED));
    assertThat(world.gateway().refunds())
        .extracting(FakeGateway.RefundCall::idempotencyKey)
        .containsExactly(requested.idempotencyKey(), requested.idempotencyKey());
    assertThat(payment().refunded().minor()).isEqualTo(700);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(1_800);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aCancellationWhoseRefundWasLeftRequestedCancelsTheOrderWhenCompleted() {
    world.gateway().crashAfterNextRefund();
    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored().status()).isEqualTo(OrderStatus.PAID);
    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOf(ConflictException.class);

    world.bank().clock().advance(Duration.ofMinutes(2));
    world.completeRequestedRefunds().execute();

    assertThat(stored().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aLatePaymentWhoseRefundTheProviderRefusedStaysRequestedUntilTheHousekeepingMakesIt() {
    var late = late();
    world.gateway().goDown();

    var receipt =
        world.deliver(
            FakeGateway.event(
                "evt_late", ProviderEvent.SUCCEEDED, late.payment().providerRef(), late.total()));

    assertThat(receipt.outcome()).isEqualTo(EventOutcome.REFUNDED_LATE_PAYMENT);
    var waiting = world.getPayment().execute(alice, late.payment().id());
    assertThat(waiting.order().payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(waiting.refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.REQUESTED));

    world.gateway().comeBack();
    world.bank().clock().advance(Duration.ofMinutes(2));
    assertThat(world.completeRequestedRefunds().execute()).isEqualTo(1);

    var done = world.getPayment().execute(alice, late.payment().id());
    assertThat(done.order().payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(done.order().status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    assertThat(world.clearingBalance(ShopWorld.EUR)).isEqualTo(-2_500);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void racingRefundsNeverGiveBackMoreThanWasPaid() throws Exception {
    world.gateway().onRefund(Thread::yield);
    var threads = new CopyOnWriteArrayList<Thread>();
    var made = new CopyOnWriteArrayList<Refund>();
    var refused = new CopyOnWriteArrayList<Throwable>();
    for (int i = 0; i < 8; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      made.add(refund(400L));
                    } catch (RuntimeException e) {
                      refused.add(e);
                    }
                  }));
    }
    for (var thread : threads) {
      thread.join();
    }

    assertThat(made).hasSize(6);
    assertThat(refused)
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).isInstanceOf(ValidationException.class));
    assertThat(payment().refunded().minor()).isEqualTo(2_400);
    assertThat(world.gateway().refunds()).hasSize(6);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(100);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  private Refund refund(Long amount) {
    return world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(amount));
  }

  private List<Refund> refunds() {
    return world.bank().ports().refunds().byOrder(order.id());
  }

  private Order stored() {
    return world.getOrder().execute(alice, order.id());
  }

  private Payment payment() {
    return stored().payment();
  }

  private InMemoryTransactions transactions() {
    return (InMemoryTransactions) world.bank().ports().transactions();
  }

  private Order paidThroughTheGateway() {
    world.addToCart(alice, mug.id(), 2);
    var bought = world.checkout(alice, PaymentChoice.gateway());
    world.pay(bought);
    return bought;
  }

  /** An order whose payment failed at the provider, so that a success arrives too late. */
  private Order late() {
    world.addToCart(alice, mug.id(), 2);
    var bought = world.checkout(alice, PaymentChoice.gateway());
    var intent = bought.payment().providerRef();
    world.deliver(FakeGateway.event("evt_failed", ProviderEvent.FAILED, intent, bought.total()));
    return bought;
  }
}
