package dev.kassa.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class ArchiveProductTest {

  private final ShopWorld world = new ShopWorld();

  @Test
  void archivedProductsAreKeptButNoLongerListed() {
    var product = world.product("MUG-1", 1250, 7);
    var listing = world.searchProducts().execute(ProductQuery.all(), PageRequest.defaults());
    assertThat(listing.items()).extracting(p -> p.id()).containsExactly(product.id());

    var archived = world.archiveProduct().execute(world.admin(), product.id());

    assertThat(archived.status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(archived.stock()).isEqualTo(7);
    assertThat(world.stored(product.id()).status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(world.searchProducts().execute(ProductQuery.all(), PageRequest.defaults()).items())
        .isEmpty();
  }

  @Test
  void anArchivedProductIsNotFoundForCustomersAndAnonymousCallers() {
    var product = world.product("MUG-1", 1250, 7);
    world.getProduct().execute(null, product.id());

    world.archiveProduct().execute(world.admin(), product.id());

    assertThatThrownBy(() -> world.getProduct().execute(null, product.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.getProduct().execute(world.customer(), product.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.getProduct().execute(world.admin(), product.id()).status())
        .isEqualTo(ProductStatus.ARCHIVED);
  }

  @Test
  void recordsOneAuditEventEvenWhenArchivedTwice() {
    var product = world.product("MUG-1", 1250, 7);

    world.archiveProduct().execute(world.admin(), product.id());
    var again = world.archiveProduct().execute(world.admin(), product.id());

    assertThat(again.status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_ARCHIVED))
        .singleElement()
        .satisfies(event -> assertThat(event.subjectId()).isEqualTo(product.id().toString()));
  }

  @Test
  void isForAdminsOnly() {
    var product = world.product("MUG-1", 1250, 7);

    assertThatThrownBy(() -> world.archiveProduct().execute(world.customer(), product.id()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.stored(product.id()).status()).isEqualTo(ProductStatus.ACTIVE);
  }
}
