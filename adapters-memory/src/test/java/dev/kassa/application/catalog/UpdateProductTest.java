package dev.kassa.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateProductTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void replacesTheDetailsButKeepsTheStock() {
    var product = world.product("MUG-1", 1250, 7);
    world.bank().clock().advance(Duration.ofMinutes(5));
    var changed =
        new ProductDetails(
            "MUG-1B",
            "Big mug",
            "Holds more",
            Money.of(1490, ShopWorld.EUR),
            "Kitchen",
            List.of("https://img.kassa.test/mug.png"));

    var updated =
        world
            .updateProduct()
            .execute(world.admin(), product.id(), new UpdateProduct.Command(changed));

    assertThat(updated.details()).isEqualTo(changed);
    assertThat(updated.stock()).isEqualTo(7);
    assertThat(updated.createdAt()).isEqualTo(product.createdAt());
    assertThat(updated.updatedAt()).isEqualTo(world.bank().clock().instant());
    assertThat(world.stored(product.id())).isEqualTo(updated);
  }

  @Test
  void auditsTheOldAndNewPriceWhenThePriceChanged() {
    var product = world.product("MUG-1", 1250, 7);

    update(product.id(), ShopWorld.details("MUG-1", Money.of(990, ShopWorld.EUR)));

    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_UPDATED))
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.details())
                    .containsEntry("oldPrice", "12.50 EUR")
                    .containsEntry("newPrice", "9.90 EUR"));
  }

  @Test
  void auditsNoPriceWhenThePriceStayed() {
    var product = world.product("MUG-1", 1250, 7);

    update(product.id(), ShopWorld.details("MUG-1B", Money.of(1250, ShopWorld.EUR)));

    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_UPDATED))
        .singleElement()
        .satisfies(event -> assertThat(event.details()).doesNotContainKeys("oldPrice", "newPrice"));
  }

  @Test
  void aCachedProductShowsTheNewPrice() {
    var product = world.product("MUG-1", 1250, 7);
    assertThat(world.getProduct().execute(null, product.id()).price().minor()).isEqualTo(1250);

    update(product.id(), ShopWorld.details("MUG-1", Money.of(990, ShopWorld.EUR)));

    assertThat(world.getProduct().execute(null, product.id()).price().minor()).isEqualTo(990);
  }

  @Test
  void refusesTheSkuOfAnotherProduct() {
    world.product("MUG-1", 1250, 7);
    var other = world.product("MUG-2", 1250, 7);

    assertThatThrownBy(
            () -> update(other.id(), ShopWorld.details("Mug-1", Money.of(1250, ShopWorld.EUR))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("sku", "is already used by another product"));
    assertThat(world.stored(other.id()).sku()).isEqualTo("MUG-2");
  }

  @Test
  void refusesAnotherCurrency() {
    var product = world.product("MUG-1", 1250, 7);

    assertThatThrownBy(
            () -> update(product.id(), ShopWorld.details("MUG-1", Money.of(1250, ShopWorld.USD))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("currency"));
  }

  @Test
  void isForAdminsOnly() {
    var product = world.product("MUG-1", 1250, 7);
    var command = new UpdateProduct.Command(ShopWorld.details("MUG-1", Money.of(1, ShopWorld.EUR)));

    assertThatThrownBy(() -> world.updateProduct().execute(world.customer(), product.id(), command))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.stored(product.id()).price().minor()).isEqualTo(1250);
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertThatThrownBy(
            () -> update(ProductId.newId(), ShopWorld.details("MUG-1", Money.of(1, ShopWorld.EUR))))
        .isInstanceOf(NotFoundException.class);
  }

  private void update(ProductId id, ProductDetails details) {
    world.updateProduct().execute(world.admin(), id, new UpdateProduct.Command(details));
  }
}
