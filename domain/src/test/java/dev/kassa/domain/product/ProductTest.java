package dev.kassa.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

  private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2025-03-02T10:00:00Z");

  @Test
  void createdProductIsActiveWithItsStockAndTimestamps() {
    var details = details(Money.of(1_999, "EUR"));
    var product = Product.create(details, 7, CREATED);

    assertThat(product.id()).isNotNull();
    assertThat(product.details()).isEqualTo(details);
    assertThat(product.stock()).isEqualTo(7);
    assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
    assertThat(product.isActive()).isTrue();
    assertThat(product.createdAt()).isEqualTo(CREATED);
    assertThat(product.updatedAt()).isEqualTo(CREATED);
    assertThat(product.price()).isEqualTo(Money.of(1_999, "EUR"));
    assertThat(product.name()).isEqualTo("Gold");
    assertThat(product.sku()).isEqualTo("SKU-1");
  }

  @Test
  void eachCreatedProductGetsItsOwnId() {
    assertThat(product(1).id()).isNotEqualTo(product(1).id());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Product.MAX_STOCK})
  void createAcceptsStockFromZeroToTheMaximum(int stock) {
    assertThat(product(stock).stock()).isEqualTo(stock);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE, Product.MAX_STOCK + 1, Integer.MAX_VALUE})
  void createRefusesStockOutsideZeroToTheMaximum(int stock) {
    assertThatThrownBy(() -> product(stock))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("stock"));
  }

  @Test
  void aProductCannotHoldNegativeStock() {
    var product = product(1);

    assertThatThrownBy(
            () ->
                new Product(
                    product.id(), product.details(), -1, product.status(), CREATED, CREATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withDetailsKeepsIdStockStatusAndCreationTime() {
    var product = product(12);
    var changed = details(Money.of(2_499, "EUR"));

    var updated = product.withDetails(changed, LATER);

    assertThat(updated.id()).isEqualTo(product.id());
    assertThat(updated.details()).isEqualTo(changed);
    assertThat(updated.price()).isEqualTo(Money.of(2_499, "EUR"));
    assertThat(updated.stock()).isEqualTo(12);
    assertThat(updated.status()).isEqualTo(ProductStatus.ACTIVE);
    assertThat(updated.createdAt()).isEqualTo(CREATED);
    assertThat(updated.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void withDetailsRefusesToChangeTheCurrency() {
    var product = product(3);

    assertThatThrownBy(() -> product.withDetails(details(Money.of(1_999, "USD")), LATER))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("currency"));
  }

  @Test
  void archivingKeepsEverythingButTheStatusAndUpdateTime() {
    var product = product(4);

    var archived = product.archive(LATER);

    assertThat(archived.status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(archived.isActive()).isFalse();
    assertThat(archived.id()).isEqualTo(product.id());
    assertThat(archived.details()).isEqualTo(product.details());
    assertThat(archived.stock()).isEqualTo(4);
    assertThat(archived.createdAt()).isEqualTo(CREATED);
    assertThat(archived.updatedAt()).isEqualTo(LATER);
    assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
  }

  @Test
  void adjustedStockAddsAndRemovesUnits() {
    var product = product(10);

    assertThat(product.adjustedStock(5)).isEqualTo(15);
    assertThat(product.adjustedStock(-4)).isEqualTo(6);
    assertThat(product.adjustedStock(-10)).isZero();
    assertThat(product.stock()).isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(ints = {-11, -1_000, Integer.MIN_VALUE})
  void adjustedStockBelowZeroIsOutOfStockForThatProduct(int delta) {
    var product = product(10);

    assertThatThrownBy(() -> product.adjustedStock(delta))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("out_of_stock");
              assertThat(e.details()).containsEntry("productIds", List.of(product.id().toString()));
            });
  }

  @Test
  void adjustedStockRefusesAZeroDelta() {
    assertThatThrownBy(() -> product(10).adjustedStock(0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("delta"));
  }

  @Test
  void adjustedStockMayReachTheMaximumButNotGoAbove() {
    var product = product(10);

    assertThat(product.adjustedStock(Product.MAX_STOCK - 10)).isEqualTo(Product.MAX_STOCK);
    assertThatThrownBy(() -> product.adjustedStock(Product.MAX_STOCK - 9))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("delta"));
  }

  @Test
  void adjustedStockDoesNotOverflowOnTheLargestDelta() {
    var full = product(Product.MAX_STOCK);

    assertThatThrownBy(() -> full.adjustedStock(Integer.MAX_VALUE))
        .isInstanceOf(ValidationException.class);
  }

  private static Product product(int stock) {
    return Product.create(details(Money.of(1_999, "EUR")), stock, CREATED);
  }

  private static ProductDetails details(Money price) {
    return new ProductDetails("SKU-1", "Gold", "", price, "metals", List.of());
  }
}
