package dev.kassa.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.RecordingProductCache.Eviction;
import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class CreateProductTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void addsAnActiveProductWithItsStock() {
    var product = world.product("MUG-1", 1250, 7);

    assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
    assertThat(product.price()).isEqualTo(Money.of(1250, ShopWorld.EUR));
    assertThat(product.createdAt()).isEqualTo(world.bank().clock().instant());
    assertThat(world.stored(product.id())).isEqualTo(product);
    assertThat(world.stock(product.id())).isEqualTo(7);
  }

  @Test
  void recordsAnAuditEventAndEvictsTheListingsAfterCommit() {
    var product = world.product("MUG-1", 1250, 7);

    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_CREATED))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actorId()).isEqualTo(world.admin().id());
              assertThat(event.subjectId()).isEqualTo(product.id().toString());
              assertThat(event.details()).containsEntry("sku", "MUG-1").containsEntry("stock", "7");
            });
    assertThat(world.cache().evictions()).containsExactly(new Eviction(product.id(), true));
  }

  @Test
  void aNewProductAppearsInACachedListing() {
    var search = world.searchProducts();
    world.product("MUG-1", 1250, 7);
    assertThat(search.execute(ProductQuery.all(), PageRequest.defaults()).total()).isOne();

    world.product("MUG-2", 1250, 7);

    assertThat(search.execute(ProductQuery.all(), PageRequest.defaults()).total()).isEqualTo(2);
  }

  @Test
  void refusesASkuAlreadyUsedWhateverItsCase() {
    world.product("MUG-1", 1250, 7);

    assertThatThrownBy(() -> world.product("mug-1", 990, 1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("sku", "is already used by another product"));
    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_CREATED))
        .hasSize(1);
  }

  @Test
  void isForAdminsOnly() {
    var customer = world.customer();
    var command =
        new CreateProduct.Command(ShopWorld.details("MUG-1", Money.of(100, ShopWorld.EUR)), 1);

    assertThatThrownBy(() -> world.createProduct().execute(customer, command))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.searchProducts().execute(ProductQuery.all(), PageRequest.defaults()).total())
        .isZero();
  }

  @Test
  void refusesANegativeStock() {
    assertThatThrownBy(
            () ->
                new CreateProduct.Command(
                    ShopWorld.details("MUG-1", Money.of(100, ShopWorld.EUR)), -1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("stock"));
  }

  @Test
  void refusesMissingDetailsAndABadStockTogether() {
    assertThatThrownBy(() -> new CreateProduct.Command(null, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("details", "stock"));
  }
}
