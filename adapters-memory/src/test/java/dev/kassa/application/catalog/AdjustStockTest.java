package dev.kassa.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.RecordingProductCache.Eviction;
import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import org.junit.jupiter.api.Test;

class AdjustStockTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void addsAndRemovesStock() {
    var product = world.product("MUG-1", 1250, 7);

    var added = adjust(product.id(), 5, "delivery from the supplier");
    var removed = adjust(product.id(), -12, "broken in the warehouse");

    assertThat(added.stock()).isEqualTo(12);
    assertThat(removed.stock()).isZero();
    assertThat(world.stock(product.id())).isZero();
  }

  @Test
  void neverGoesBelowZero() {
    var product = world.product("MUG-1", 1250, 7);

    assertThatThrownBy(() -> adjust(product.id(), -8, "inventory count"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("out_of_stock"));
    assertThat(world.stock(product.id())).isEqualTo(7);
    assertThat(world.bank().auditEvents())
        .noneMatch(event -> event.type().equals(AuditTypes.PRODUCT_STOCK_ADJUSTED));
  }

  @Test
  void recordsTheDeltaAndTheReason() {
    var product = world.product("MUG-1", 1250, 7);

    adjust(product.id(), -2, "  inventory count  ");

    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_STOCK_ADJUSTED))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actorId()).isEqualTo(world.admin().id());
              assertThat(event.details())
                  .containsEntry("delta", "-2")
                  .containsEntry("reason", "inventory count")
                  .containsEntry("stock", "5");
            });
  }

  @Test
  void aCachedProductShowsTheNewStockOnceCommitted() {
    var product = world.product("MUG-1", 1250, 7);
    assertThat(world.getProduct().execute(null, product.id()).stock()).isEqualTo(7);

    adjust(product.id(), -7, "recalled");

    assertThat(world.getProduct().execute(null, product.id()).stock()).isZero();
    assertThat(world.cache().evictions()).last().isEqualTo(new Eviction(product.id(), true));
  }

  @Test
  void refusesAZeroDeltaAndAMissingOrLongReason() {
    assertThatThrownBy(() -> new AdjustStock.Command(0, " "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("delta", "reason"));
    assertThatThrownBy(() -> new AdjustStock.Command(1, "x".repeat(201)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("reason"));
    assertThat(new AdjustStock.Command(1, "x".repeat(200)).reason()).hasSize(200);
  }

  @Test
  void isForAdminsOnly() {
    var product = world.product("MUG-1", 1250, 7);
    var command = new AdjustStock.Command(-7, "mine now");

    assertThatThrownBy(() -> world.adjustStock().execute(world.customer(), product.id(), command))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.stock(product.id())).isEqualTo(7);
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertThatThrownBy(() -> adjust(ProductId.newId(), 1, "delivery"))
        .isInstanceOf(NotFoundException.class);
  }

  private Product adjust(ProductId id, int delta, String reason) {
    return world.adjustStock().execute(world.admin(), id, new AdjustStock.Command(delta, reason));
  }
}
