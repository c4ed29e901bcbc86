package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.product.Product;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.cart.Carts} adapter must do. */
public abstract class CartsContract extends PortContract {

  private ShopFixture shop;

  @BeforeEach
  void openShop() {
    shop = new ShopFixture(world.transactions(), world.products());
  }

  @Test
  void ownerWithoutCartHasAnEmptyOne() {
    var owner = newOwner();

    assertThat(world.carts().get(owner)).isEqualTo(Cart.empty(owner));
  }

  @Test
  void savedCartIsReadBackWithItsLinesInOrder() {
    var owner = newOwner();
    var now = TestTime.now();
    var cart =
        Cart.empty(owner)
            .add(shop.product().id(), 2, now)
            .add(shop.product().id(), 1, now.plusSeconds(1))
            .add(shop.product().id(), 10_000, now.plusSeconds(2));

    inTx(() -> world.carts().save(cart));

    assertThat(world.carts().get(owner)).isEqualTo(cart);
  }

  @Test
  void saveReplacesTheWholeCart() {
    var owner = newOwner();
    var now = TestTime.now();
    var first = shop.product();
    var cart = Cart.empty(owner).add(first.id(), 1, now).add(shop.product().id(), 1, now);
    inTx(() -> world.carts().save(cart));
    var kept = cart.lines().get(1);

    var changed =
        cart.remove(cart.lines().getFirst().id())
            .setQuantity(kept.id(), 5)
            .add(shop.product().id(), 3, now.plusSeconds(1))
            .add(first.id(), 4, now.plusSeconds(2));
    inTx(() -> world.carts().save(changed));

    assertThat(world.carts().get(owner)).isEqualTo(changed);
    assertThat(world.carts().get(owner).lines())
        .extracting(CartLine::quantity)
        .containsExactly(5, 3, 4);
  }

  @Test
  void savingAnEmptyCartEmptiesIt() {
    var owner = newOwner();
    var cart = Cart.empty(owner).add(shop.product().id(), 1, TestTime.now());
    inTx(() -> world.carts().save(cart));

    inTx(() -> world.carts().save(cart.clear()));

    assertThat(world.carts().get(owner).isEmpty()).isTrue();
  }

  @Test
  void cartsOfDifferentOwnersStayApart() {
    var product = shop.product();
    var mine = Cart.empty(newOwner()).add(product.id(), 1, TestTime.now());
    var yours = Cart.empty(newOwner()).add(product.id(), 2, TestTime.now());

    inTx(
        () -> {
          world.carts().save(mine);
          world.carts().save(yours);
        });
    inTx(() -> world.carts().save(yours.clear()));

    assertThat(world.carts().get(mine.owner())).isEqualTo(mine);
    assertThat(world.carts().get(yours.owner()).isEmpty()).isTrue();
  }

  @Test
  void lockReadsTheCartInsideAUnitOfWork() {
    var owner = newOwner();
    var cart = Cart.empty(owner).add(shop.product().id(), 1, TestTime.now());
    inTx(() -> world.carts().save(cart));
    var stranger = newOwner();

    assertThat(inTx(() -> world.carts().lock(owner))).isEqualTo(cart);
    assertThat(inTx(() -> world.carts().lock(stranger))).isEqualTo(Cart.empty(stranger));
  }

  @Test
  void lockOutsideAUnitOfWorkIsRefused() {
    var owner = newOwner();

    assertThatThrownBy(() -> world.carts().lock(owner)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void concurrentChangesOfOneCartApplyOneAfterTheOther() {
    var owner = newOwner();
    var products = Stream.generate(shop::product).limit(8).map(Product::id).toList();

    var outcomes =
        Race.run(
            products.size(),
            runner ->
                inTx(
                    () -> {
                      var cart = world.carts().lock(owner);
                      world.carts().save(cart.add(products.get(runner), 1, TestTime.now()));
                      return runner;
                    }));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(world.carts().get(owner).lines())
        .extracting(CartLine::productId)
        .containsExactlyInAnyOrderElementsOf(products);
  }
}
