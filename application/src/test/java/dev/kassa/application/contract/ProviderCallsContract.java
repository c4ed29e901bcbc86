package dev.kassa.application.contract;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.fakes.FakeAccessTokens;
import dev.kassa.application.fakes.FakeGateway;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.orders.RefundOrder;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every use case that calls the payment provider, run over the storage under test with a provider
 * that fails the test when it is called while a unit of work is open: no provider call holds a
 * database transaction's locks, and none is repeated by a transaction's retry.
 */
public abstract class ProviderCallsContract extends PortContract {

  private final MutableClock clock = MutableClock.at("2030-01-01T10:00:00Z");
  private FakeGateway gateway;
  private Kassa kassa;
  private Actor admin;
  private Actor buyer;
  private Product mug;

  @BeforeEach
  void assemble() {
    gateway = new FakeGateway(world.transactions());
    kassa =
        Kassa.assemble(
            world,
            new Cryptography(
                new FakePasswordHasher(), new FakeAccessTokens(), number -> "fp-" + number),
            clock,
            AuthSettings.defaults(),
            new UncachedProducts(),
            PaymentSettings.through(gateway));
    admin = actor(Role.ADMIN);
    buyer = actor(Role.CUSTOMER);
    var sku = "MUG-" + UUID.randomUUID().toString().substring(0, 8);
    var details = new ProductDetails(sku, "Mug", null, Money.of(1_250, "EUR"), "kitchen", null);
    mug = kassa.createProduct().execute(admin, new CreateProduct.Command(details, 10));
  }

  @Test
  void aGatewayCheckoutOpensItsIntentOutsideAnyUnitOfWork() {
    var order = checkOutTwoMugs();

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(order.payment().providerRef()).isNotNull();
    assertThat(gateway.intent(order.payment().providerRef()).orderId()).isEqualTo(order.id());
  }

  @Test
  void aProviderDownAtCheckoutReleasesTheReservation() {
    kassa.addCartItem().execute(buyer, new AddCartItem.Command(mug.id(), 2));
    gateway.goDown();

    assertThatThrownBy(() -> checkOut()).isInstanceOf(PaymentProviderException.class);

    assertThat(stock()).isEqualTo(10);
  }

  @Test
  void cancellingAnUnpaidOrderCancelsItsIntentAfterTheCommit() {
    var order = checkOutTwoMugs();

    kassa.cancelOrder().execute(buyer, order.id());

    assertThat(gateway.cancelled()).containsExactly(order.payment().providerRef());
    assertThat(stock()).isEqualTo(10);
  }

  @Test
  void anExpiredReservationCancelsItsIntentAfterTheCommit() {
    var order = checkOutTwoMugs();
    clock.advance(PaymentSettings.DEFAULT_RESERVATION_TTL.plus(Duration.ofSeconds(1)));

    kassa.expireUnpaidOrders().execute();

    assertThat(gateway.cancelled()).contains(order.payment().providerRef());
    assertThat(stock()).isEqualTo(10);
  }

  @Test
  void refundsGoThroughTheProviderOutsideAnyUnitOfWork() {
    var order = paid(checkOutTwoMugs());

    kassa.refundOrder().execute(admin, order.id(), new RefundOrder.Command(500L));
    var cancelled = kassa.cancelOrder().execute(buyer, order.id());

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(gateway.refunds()).extracting(call -> call.amount().minor()).contains(500L);
    assertThat(kassa.verifyLedger().execute(admin).ok()).isTrue();
  }

  @Test
  void aPaymentArrivingAfterTheOrderWasCancelledIsRefundedOutsideAnyUnitOfWork() {
    var order = checkOutTwoMugs();
    kassa.cancelOrder().execute(buyer, order.id());

    settle(order, "evt_late");

    var payment = kassa.getPayment().execute(admin, order.payment().id());
    assertThat(payment.order().payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(gateway.refunds()).hasSize(1);
  }

  private Order checkOutTwoMugs() {
    kassa.addCartItem().execute(buyer, new AddCartItem.Command(mug.id(), 2));
    return checkOut();
  }

  private Order checkOut() {
    return kassa.checkout().execute(buyer, new Checkout.Command(PaymentChoice.gateway()));
  }

  private Order paid(Order order) {
    settle(order, "evt_paid_" + order.id());
    return kassa.getOrder().execute(buyer, order.id());
  }

  private void settle(Order order, String eventId) {
    var payload =
        FakeGateway.event(
            eventId + order.id(),
            ProviderEvent.SUCCEEDED,
            order.payment().providerRef(),
            order.payment().amount());
    kassa.receiveProviderEvent().execute(gateway.provider(), payload, FakeGateway.GOOD_SIGNATURE);
  }

  private int stock() {
    return world.products().find(mug.id()).orElseThrow().stock();
  }

  private Actor actor(Role role) {
    var user = aUser().withRole(role).build();
    inTx(() -> world.users().add(user));
    return new Actor(user.id(), role);
  }
}
