package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.fakes.FakeGateway;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.Test;

class ReceiveProviderEventTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final Product mug = world.product("MUG-1", 1250, 7);
  private final Order order = buyTwoMugs();
  private final String intent = order.payment().providerRef();

  @Test
  void aSucceededPaymentPaysTheOrderAndRecordsTheMoney() {
    var receipt = world.deliver(event("evt_1", ProviderEvent.SUCCEEDED, order.total()));

    assertThat(receipt.outcome()).isEqualTo(EventOutcome.APPLIED);
    assertThat(receipt.duplicate()).isFalse();
    var paid = world.getOrder().execute(alice, order.id());
    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(paid.payment().history()).hasSize(2);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_500);
    assertThat(world.clearingBalance(ShopWorld.EUR)).isEqualTo(-2_500);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aRedeliveredEventIsAppliedOnceAndCounted() {
    var payload = event("evt_1", ProviderEvent.SUCCEEDED, order.total());
    world.deliver(payload);

    var again = world.deliver(payload);

    assertThat(again.duplicate()).isTrue();
    assertThat(again.outcome()).isEqualTo(EventOutcome.APPLIED);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_500);
    var recorded = world.receivedEvents().items();
    assertThat(recorded).singleElement().satisfies(e -> assertThat(e.deliveries()).isEqualTo(2));
  }

  @Test
  void aFailedPaymentReleasesTheStock() {
    var receipt = world.deliver(event("evt_1", ProviderEvent.FAILED, order.total()));

    assertThat(receipt.outcome()).isEqualTo(EventOutcome.APPLIED);
    var failed = world.getOrder().execute(alice, order.id());
    assertThat(failed.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    assertThat(failed.payment().status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(world.stock(mug.id())).isEqualTo(7);
  }

  @Test
  void aSuccessAfterAFailureIsRecordedAndRefundedInFull() {
    world.deliver(event("evt_1", ProviderEvent.FAILED, order.total()));

    var late = world.deliver(event("evt_2", ProviderEvent.SUCCEEDED, order.total()));

    assertThat(late.outcome()).isEqualTo(EventOutcome.REFUNDED_LATE_PAYMENT);
    var stored = world.getOrder().execute(alice, order.id());
    assertThat(stored.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    assertThat(stored.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(world.gateway().refunds())
        .singleElement()
        .satisfies(call -> assertThat(call.amount()).isEqualTo(order.total()));
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.clearingBalance(ShopWorld.EUR)).isZero();
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aFailureAfterASuccessChangesNothing() {
    world.deliver(event("evt_1", ProviderEvent.SUCCEEDED, order.total()));

    var stale = world.deliver(event("evt_0", ProviderEvent.FAILED, order.total()));

    assertThat(stale.outcome()).isEqualTo(EventOutcome.OUT_OF_ORDER);
    assertThat(world.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.PAID);
    assertThat(world.stock(mug.id())).isEqualTo(5);
  }

  @Test
  void anotherAmountOrCurrencyChangesNothing() {
    var less = world.deliver(event("evt_1", ProviderEvent.SUCCEEDED, Money.of(1, "EUR")));
    var dollars = world.deliver(event("evt_2", ProviderEvent.SUCCEEDED, Money.of(2_500, "USD")));

    assertThat(less.outcome()).isEqualTo(EventOutcome.AMOUNT_MISMATCH);
    assertThat(dollars.outcome()).isEqualTo(EventOutcome.AMOUNT_MISMATCH);
    assertThat(world.getOrder().execute(alice, order.id()).status())
        .isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
  }

  @Test
  void anUnknownIntentOrAnotherTypeIsRecordedWithoutEffect() {
    var unknown =
        world.deliver(FakeGateway.event("evt_1", ProviderEvent.SUCCEEDED, "pi_x", order.total()));
    var other = world.deliver(event("evt_2", "charge.refunded", order.total()));

    assertThat(unknown.outcome()).isEqualTo(EventOutcome.UNKNOWN_INTENT);
    assertThat(other.outcome()).isEqualTo(EventOutcome.IGNORED);
    assertThat(world.receivedEvents().total()).isEqualTo(2);
    assertThat(world.getOrder().execute(alice, order.id()).status())
        .isEqualTo(OrderStatus.PENDING_PAYMENT);
  }

  @Test
  void aBadSignatureIsRefusedBeforeAnythingIsRecorded() {
    var payload = event("evt_1", ProviderEvent.SUCCEEDED, order.total());

    assertThatThrownBy(() -> world.receiveEvent().execute("simulated", payload, "forged"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> world.receiveEvent().execute("simulated", payload, null))
        .isInstanceOf(ValidationException.class);
    assertThat(world.receivedEvents().total()).isZero();
    assertThat(world.getOrder().execute(alice, order.id()).status())
        .isEqualTo(OrderStatus.PENDING_PAYMENT);
  }

  @Test
  void anotherProviderThanTheConfiguredOneIsNotFound() {
    var payload = event("evt_1", ProviderEvent.SUCCEEDED, order.total());

    assertThatThrownBy(
            () -> world.receiveEvent().execute("stripe", payload, FakeGateway.GOOD_SIGNATURE))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAdminListsTheReceivedEventsButACustomerMayNot() {
    world.deliver(event("evt_1", ProviderEvent.SUCCEEDED, order.total()));

    assertThat(world.listReceivedEvents().execute(world.admin(), new PageRequest(10, 0)).items())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventId()).isEqualTo("evt_1");
              assertThat(e.intentId()).isEqualTo(intent);
              assertThat(e.outcome()).isEqualTo(EventOutcome.APPLIED);
            });
    assertThatThrownBy(() -> world.listReceivedEvents().execute(alice, new PageRequest(10, 0)))
        .isInstanceOf(dev.kassa.domain.error.ForbiddenException.class);
  }

  private String event(String id, String type, Money amount) {
    return FakeGateway.event(id, type, intent, amount);
  }

  private Order buyTwoMugs() {
    world.addToCart(alice, mug.id(), 2);
    return world.checkout(alice, PaymentChoice.gateway());
  }
}
