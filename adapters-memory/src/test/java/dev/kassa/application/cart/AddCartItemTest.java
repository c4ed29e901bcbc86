package dev.kassa.application.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;

class AddCartItemTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void addsALinePricedAtTheCurrentPrice() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);

    var item = world.addCartItem().execute(alice, new AddCartItem.Command(mug.id(), 2));

    assertThat(item.productId()).isEqualTo(mug.id());
    assertThat(item.name()).isEqualTo(mug.name());
    assertThat(item.quantity()).isEqualTo(2);
    assertThat(item.unitPrice()).isEqualTo(Money.of(1250, ShopWorld.EUR));
    assertThat(item.lineTotal()).isEqualTo(Money.of(2500, ShopWorld.EUR));
    assertThat(item.available()).isTrue();
    assertThat(world.cart(alice).lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.id()).isEqualTo(item.id());
              assertThat(line.quantity()).isEqualTo(2);
            });
  }

  @Test
  void addsToTheExistingLineOfTheSameProduct() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);
    var first = world.addCartItem().execute(alice, new AddCartItem.Command(mug.id(), 2));

    var merged = world.addCartItem().execute(alice, new AddCartItem.Command(mug.id(), 3));

    assertThat(merged.id()).isEqualTo(first.id());
    assertThat(merged.quantity()).isEqualTo(5);
    assertThat(world.cart(alice).lines()).hasSize(1);
  }

  @Test
  void refusesAProductInAnotherCurrencyThanTheCart() {
    var alice = world.customer();
    world.addToCart(alice, world.product("MUG-1", 1250, 7).id(), 1);
    var dollarMug = world.product("MUG-US", Money.of(1400, ShopWorld.USD), 7);

    assertThatThrownBy(
            () -> world.addCartItem().execute(alice, new AddCartItem.Command(dollarMug.id(), 1)))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("expected", "EUR")
                    .containsEntry("actual", "USD"));
    assertThat(world.cart(alice).lines()).hasSize(1);
  }

  @Test
  void anArchivedOrUnknownProductCannotBeAdded() {
    var alice = world.customer();
    var mug = world.product("MUG-1", 1250, 7);
    world.archiveProduct().execute(world.admin(), mug.id());

    assertThatThrownBy(() -> world.addToCart(alice, mug.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.addToCart(alice, ProductId.newId(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.cart(alice).isEmpty()).isTrue();
  }

  @Test
  void refusesQuantitiesBelowOne() {
    assertThatThrownBy(() -> new AddCartItem.Command(ProductId.newId(), 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("quantity"));
  }

  @Test
  void eachCustomerHasACartOfTheirOwn() {
    var alice = world.customer();
    var bob = world.customer();
    var mug = world.product("MUG-1", 1250, 7);

    world.addToCart(alice, mug.id(), 1);

    assertThat(world.getCart().execute(bob).items()).isEmpty();
  }
}
