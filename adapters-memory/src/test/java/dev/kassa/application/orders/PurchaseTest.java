package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.Test;

class PurchaseTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();

  @Test
  void buysOneProductWithoutTouchingTheCart() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, pen.id(), 1);

    var order = world.purchase().execute(alice, new Purchase.Command(mug.id(), 3, account));

    assertThat(order.kind()).isEqualTo(OrderKind.PURCHASE);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.lines())
        .containsExactly(
            new OrderLine(mug.id(), "MUG-1", mug.name(), Money.of(1250, ShopWorld.EUR), 3));
    assertThat(world.stock(mug.id())).isEqualTo(4);
    assertThat(world.balance(account)).isEqualTo(10_000 - 3750);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(3750);
    assertThat(world.cart(alice).lines()).hasSize(1);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void shortStockOrFundsChangeNothing() {
    var account = world.fundedAccount(alice, 1000);
    var mug = world.product("MUG-1", 1250, 7);

    assertThatThrownBy(
            () -> world.purchase().execute(alice, new Purchase.Command(mug.id(), 8, account)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("out_of_stock"));
    assertThatThrownBy(
            () -> world.purchase().execute(alice, new Purchase.Command(mug.id(), 1, account)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.balance(account)).isEqualTo(1000);
    assertThat(world.allOrders()).isEmpty();
  }

  @Test
  void anArchivedOrUnknownProductIsNotFound() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    world.archiveProduct().execute(world.admin(), mug.id());

    assertThatThrownBy(
            () -> world.purchase().execute(alice, new Purchase.Command(mug.id(), 1, account)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                world
                    .purchase()
                    .execute(alice, new Purchase.Command(ProductId.newId(), 1, account)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(account)).isEqualTo(10_000);
  }

  @Test
  void refusesAQuantityBelowOne() {
    var account = world.fundedAccount(alice, 0);
    assertThatThrownBy(() -> new Purchase.Command(ProductId.newId(), 0, account))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("quantity"));
  }
}
