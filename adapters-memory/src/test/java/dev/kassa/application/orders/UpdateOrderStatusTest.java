package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Shipment;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpdateOrderStatusTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();

  @Test
  void shipsAndDeliversAPaidOrderKeepingItsHistory() {
    var order = paidOrder();
    world.bank().clock().advance(Duration.ofHours(2));
    var shippedAt = world.bank().clock().instant();
    move(order.id(), OrderStatus.SHIPPED);
    world.bank().clock().advance(Duration.ofDays(2));

    var delivered = move(order.id(), OrderStatus.DELIVERED);

    assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(delivered.history())
        .extracting(change -> change.status())
        .containsExactly(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    assertThat(delivered.history().get(1).at()).isEqualTo(shippedAt);
    assertThat(world.getOrder().execute(alice, order.id())).isEqualTo(delivered);
    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.ORDER_STATUS_CHANGED))
        .extracting(event -> event.details().get("to"))
        .containsExactlyInAnyOrder("shipped", "delivered");
  }

  @Test
  void shippingKeepsTheCarrierAndTrackingNumberAndItsEventCarriesThem() {
    var order = paidOrder();

    var shipped =
        world
            .updateOrderStatus()
            .execute(
                world.admin(),
                order.id(),
                new UpdateOrderStatus.Command(
                    OrderStatus.SHIPPED, new Shipment(" DHL ", "JD0123")));

    assertThat(shipped.shipment()).isEqualTo(new Shipment("DHL", "JD0123"));
    assertThat(world.getOrder().execute(alice, order.id()).shipment())
        .isEqualTo(shipped.shipment());
    var event =
        world.bank().ports().outbox().bySubject(order.id().toString()).stream()
            .filter(stored -> stored.type() == EventType.ORDER_SHIPPED)
            .findFirst()
            .orElseThrow();
    assertThat(event.event().data())
        .containsEntry("carrier", "DHL")
        .containsEntry("trackingNumber", "JD0123");
  }

  @Test
  void aCarrierOrTrackingNumberIsOnlyTakenWhenShipping() {
    assertThatThrownBy(
            () ->
                new UpdateOrderStatus.Command(OrderStatus.DELIVERED, new Shipment("DHL", "JD0123")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsKeys("carrier", "trackingNumber"));
    assertThat(new UpdateOrderStatus.Command(OrderStatus.DELIVERED, new Shipment(" ", null)))
        .isEqualTo(new UpdateOrderStatus.Command(OrderStatus.DELIVERED));
  }

  @Test
  void refusesIllegalSteps() {
    var order = paidOrder();

    assertInvalid(order.id(), OrderStatus.DELIVERED);
    move(order.id(), OrderStatus.SHIPPED);
    assertInvalid(order.id(), OrderStatus.SHIPPED);
    move(order.id(), OrderStatus.DELIVERED);
    assertInvalid(order.id(), OrderStatus.SHIPPED);
    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    assertThat(world.getOrder().execute(alice, order.id()).status())
        .isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void aCancelledOrderCannotBeShipped() {
    var order = paidOrder();
    world.cancelOrder().execute(alice, order.id());

    assertInvalid(order.id(), OrderStatus.SHIPPED);
  }

  @Test
  void onlyShippedAndDeliveredMayBeSet() {
    for (var status : new OrderStatus[] {OrderStatus.CANCELLED, OrderStatus.PAID, null}) {
      assertThatThrownBy(() -> new UpdateOrderStatus.Command(status))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.problems()).containsKey("status"));
    }
  }

  @Test
  void isForAdminsOnly() {
    var order = paidOrder();

    assertThatThrownBy(
            () ->
                world
                    .updateOrderStatus()
                    .execute(alice, order.id(), new UpdateOrderStatus.Command(OrderStatus.SHIPPED)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> move(OrderId.newId(), OrderStatus.SHIPPED))
        .isInstanceOf(NotFoundException.class);
  }

  private Order move(OrderId id, OrderStatus status) {
    return world
        .updateOrderStatus()
        .execute(world.admin(), id, new UpdateOrderStatus.Command(status));
  }

  private void assertInvalid(OrderId id, OrderStatus status) {
    assertThatThrownBy(() -> move(id, status))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  private Order paidOrder() {
    var account = world.fundedAccount(alice, 10_000);
    world.addToCart(alice, world.product("MUG-1", 1250, 7).id(), 1);
    return world.checkout(alice, account);
  }
}
