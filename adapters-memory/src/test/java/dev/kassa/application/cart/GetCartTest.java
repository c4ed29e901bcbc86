package dev.kassa.application.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;

class GetCartTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void anEmptyCartHasNoCurrencyAndNoSubtotal() {
    var cart = world.getCart().execute(world.customer());

    assertThat(cart.items()).isEmpty();
    assertThat(cart.currency()).isNull();
    assertThat(cart.subtotal()).isNull();
    assertThat(cart.itemCount()).isZero();
  }

  @Test
  void pricesEveryLineAtTheCurrentPrice() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, mug.id(), 2);
    world.addToCart(alice, pen.id(), 3);
    world
        .updateProduct()
        .execute(
            world.admin(),
            mug.id(),
            new UpdateProduct.Command(ShopWorld.details("MUG-1", Money.of(1000, ShopWorld.EUR))));

    var cart = world.getCart().execute(alice);

    assertThat(cart.items())
        .extracting(CartView.Item::productId, CartView.Item::quantity, CartView.Item::lineTotal)
        .containsExactly(
            tuple(mug.id(), 2, Money.of(2000, ShopWorld.EUR)),
            tuple(pen.id(), 3, Money.of(597, ShopWorld.EUR)));
    assertThat(cart.currency()).isEqualTo(ShopWorld.EUR);
    assertThat(cart.subtotal()).isEqualTo(Money.of(2597, ShopWorld.EUR));
    assertThat(cart.itemCount()).isEqualTo(5);
  }

  @Test
  void reportsALineOfAnArchivedProductOutsideTheSubtotal() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, mug.id(), 2);
    world.addToCart(alice, pen.id(), 3);

    world.archiveProduct().execute(world.admin(), mug.id());
    var cart = world.getCart().execute(alice);

    assertThat(cart.items()).hasSize(2);
    assertThat(cart.items().getFirst())
        .satisfies(
            item -> {
              assertThat(item.productId()).isEqualTo(mug.id());
              assertThat(item.available()).isFalse();
              assertThat(item.name()).isEqualTo(mug.name());
            });
    assertThat(cart.items().getLast().available()).isTrue();
    assertThat(cart.subtotal()).isEqualTo(Money.of(597, ShopWorld.EUR));
    assertThat(cart.itemCount()).isEqualTo(3);
  }
}
