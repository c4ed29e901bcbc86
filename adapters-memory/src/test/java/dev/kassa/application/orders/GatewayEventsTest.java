package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gateway order declares each of its changes in the unit of work that makes it, over the steps
 * around the provider's calls.
 */
class GatewayEventsTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final Product mug = world.product("MUG-1", 1250, 70);

  @Test
  void placedWhenReservedPaidOnTheProvidersWordThenRefundedAndCancelled() {
    var order = buyTwoMugs();
    assertThat(typesOf(order)).containsExactly(EventType.ORDER_PLACED);

    world.pay(order);
    world.pay(order);
    assertThat(typesOf(order)).containsExactly(EventType.ORDER_PLACED, EventType.ORDER_PAID);

    world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(500L));
    world.cancelOrder().execute(alice, order.id());

    assertThat(world.bank().ports().outbox().bySubject(order.id().toString()))
        .extracting(StoredEvent::type, StoredEvent::sequence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.ORDER_PLACED, 1L),
            org.assertj.core.groups.Tuple.tuple(EventType.ORDER_PAID, 2L),
            org.assertj.core.groups.Tuple.tuple(EventType.REFUND_ISSUED, 3L),
            org.assertj.core.groups.Tuple.tuple(EventType.REFUND_ISSUED, 4L),
            org.assertj.core.groups.Tuple.tuple(EventType.ORDER_CANCELLED, 5L));
  }

  @Test
  void aProviderThatCannotOpenThePaymentFailsTheOrderOnce() {
    world.gateway().goDown();
    world.addToCart(alice, mug.id(), 2);

    assertThatThrownBy(() -> world.checkout(alice, PaymentChoice.gateway()))
        .isInstanceOf(PaymentProviderException.class);

    var order = world.allOrders().getFirst();
    assertThat(typesOf(order))
        .containsExactly(EventType.ORDER_PLACED, EventType.ORDER_PAYMENT_FAILED);
  }

  @Test
  void anExpiredReservationIsCancelledOnce() {
    var order = buyTwoMugs();
    world.bank().clock().advance(Duration.ofDays(2));

    world.expireUnpaid().execute();
    world.expireUnpaid().execute();

    assertThat(typesOf(order)).containsExactly(EventType.ORDER_PLACED, EventType.ORDER_CANCELLED);
  }

  private List<EventType> typesOf(Order order) {
    return world.bank().ports().outbox().bySubject(order.id().toString()).stream()
        .map(StoredEvent::type)
        .toList();
  }

  private Order buyTwoMugs() {
    world.addToCart(alice, mug.id(), 2);
    return world.checkout(alice, PaymentChoice.gateway());
  }
}
