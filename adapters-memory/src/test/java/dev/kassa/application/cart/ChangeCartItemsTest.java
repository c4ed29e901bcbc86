package dev.kassa.application.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.cart.CartItemId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** {@link UpdateCartItem}, {@link RemoveCartItem} and {@link ClearCart}. */
class ChangeCartItemsTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void setsTheQuantityOfALine() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);
    var line = world.addCartItem().execute(alice, new AddCartItem.Command(mug.id(), 2));

    var changed = world.updateCartItem().execute(alice, line.id(), new UpdateCartItem.Command(4));

    assertThat(changed.quantity()).isEqualTo(4);
    assertThat(changed.lineTotal()).isEqualTo(Money.of(5000, ShopWorld.EUR));
    assertThat(world.cart(alice).lines().getFirst().quantity()).isEqualTo(4);
  }

  @Test
  void refusesAQuantityBelowOne() {
    assertThatThrownBy(() -> new UpdateCartItem.Command(0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("quantity"));
  }

  @Test
  void anotherCustomersLineIsNotFound() {
    var alice = world.customer();
    var bob = world.customer();
    var line =
        world
            .addCartItem()
            .execute(alice, new AddCartItem.Command(world.product("MUG-1", 1250, 7).id(), 2));

    assertThatThrownBy(
            () -> world.updateCartItem().execute(bob, line.id(), new UpdateCartItem.Command(9)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.removeCartItem().execute(bob, line.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.cart(alice).lines().getFirst().quantity()).isEqualTo(2);
  }

  @Test
  void removesOneLine() {
    var alice = world.customer();
    var mug = world.addCartItem().execute(alice, command(world.product("MUG-1", 1250, 7), 1));
    var pen = world.addCartItem().execute(alice, command(world.product("PEN-1", 199, 7), 1));

    world.removeCartItem().execute(alice, mug.id());

    assertThat(world.cart(alice).lines()).extracting(line -> line.id()).containsExactly(pen.id());
    assertThatThrownBy(() -> world.removeCartItem().execute(alice, CartItemId.newId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void clearsTheWholeCart() {
    var alice = world.customer();
    world.addCartItem().execute(alice, command(world.product("MUG-1", 1250, 7), 1));
    world.addCartItem().execute(alice, command(world.product("PEN-1", 199, 7), 1));

    world.clearCart().execute(alice);

    assertThat(world.cart(alice).isEmpty()).isTrue();
  }

  private static AddCartItem.Command command(Product product, int qty) {
    return new AddCartItem.Command(product.id(), qty);
  }
}
