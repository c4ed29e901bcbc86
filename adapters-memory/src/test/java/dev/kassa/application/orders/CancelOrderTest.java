package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kassa.application.orders.RecordingProductCache.Eviction;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CancelOrderTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final AccountId account = world.fundedAccount(alice, 10_000);
  private final Product mug = world.product("MUG-1", 1250, 7);
  private final Product pen = world.product("PEN-1", 199, 50);

  @Test
  void givesBackExactlyWhatTheCheckoutTook() {
    var order = paidOrder();
    world.bank().clock().advance(Duration.ofMinutes(3));

    var cancelled = world.cancelOrder().execute(alice, order.id());

    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.stock(pen.id())).isEqualTo(50);
    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.ledgerVerifies()).isTrue();
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(cancelled.payment().refunded()).isEqualTo(order.total());
    assertThat(cancelled.history())
        .extracting(change -> change.status(), change -> change.at())
        .containsExactly(
            tuple(OrderStatus.PAID, order.createdAt()),
            tuple(OrderStatus.CANCELLED, world.bank().clock().instant()));
    assertThat(world.getOrder().execute(alice, order.id())).isEqualTo(cancelled);
  }

  @Test
  void writesARefundLineReferencingTheOrder() {
    var order = paidOrder();

    world.cancelOrder().execute(alice, order.id());

    assertThat(world.bank().linesOf(account).getFirst())
        .satisfies(
            line -> {
              assertThat(line.type()).isEqualTo(TransactionType.REFUND);
              assertThat(line.amount()).isEqualTo(Money.of(3097, ShopWorld.EUR));
              assertThat(line.reference()).isEqualTo(new Reference("order", order.id().value()));
            });
  }

  @Test
  void aSecondCancelIsAnInvalidStateTransition() {
    var order = paidOrder();
    world.cancelOrder().execute(alice, order.id());

    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.balance(account)).isEqualTo(10_000);
  }

  @Test
  void aShippedOrderCannotBeCancelled() {
    var order = paidOrder();
    world
        .updateOrderStatus()
        .execute(world.admin(), order.id(), new UpdateOrderStatus.Command(OrderStatus.SHIPPED));

    assertThatThrownBy(() -> world.cancelOrder().execute(alice, order.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThat(world.balance(account)).isEqualTo(10_000 - 3097);
  }

  @Test
  void anAdminMayCancelAnyOrderAndIsAudited() {
    var order = paidOrder();

    world.cancelOrder().execute(world.admin(), order.id());

    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.ORDER_STATUS_CHANGED))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actorId()).isEqualTo(world.admin().id());
              assertThat(event.details())
                  .containsEntry("from", "paid")
                  .containsEntry("to", "cancelled");
            });
  }

  @Test
  void anotherCustomersOrderIsNotFound() {
    var order = paidOrder();

    assertThatThrownBy(() -> world.cancelOrder().execute(world.customer(), order.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void evictsTheReturnedProductsAfterCommit() {
    var order = paidOrder();
    assertThat(world.getProduct().execute(null, mug.id()).stock()).isEqualTo(5);

    world.cancelOrder().execute(alice, order.id());

    assertThat(world.getProduct().execute(null, mug.id()).stock()).isEqualTo(7);
    var evictions = world.cache().evictions();
    assertThat(evictions.subList(evictions.size() - 2, evictions.size()))
        .containsExactlyInAnyOrder(new Eviction(mug.id(), true), new Eviction(pen.id(), true));
  }

  private Order paidOrder() {
    world.addToCart(alice, mug.id(), 2);
    world.addToCart(alice, pen.id(), 3);
    return world.checkout(alice, account);
  }
}
