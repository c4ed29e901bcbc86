package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ProductBuilder;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How every {@link dev.kassa.domain.product.Products} adapter moves stock: guarded, never below
 * zero, never oversold whatever the concurrency.
 */
public abstract class ProductStockContract extends PortContract {

  @Test
  void takeStockTakesWhatIsThere() {
    var product = add(aProduct().withStock(5));
    var later = product.updatedAt().plusSeconds(5);

    var took = inTx(() -> world.products().takeStock(product.id(), 5, SOLD, later));

    var stored = world.products().find(product.id()).orElseThrow();
    assertThat(took).hasValue(0);
    assertThat(stored.stock()).isZero();
    assertThat(stored.updatedAt()).isEqualTo(later);
  }

  @Test
  void takeStockWhenShortChangesNothing() {
    var product = add(aProduct().withStock(2));

    var took = inTx(() -> world.products().takeStock(product.id(), 3, SOLD, TestTime.now()));

    assertThat(took).isEmpty();
    assertThat(world.products().find(product.id())).contains(product);
  }

  @Test
  void racingBuyersNeverOversell() {
    var product = add(aProduct().withStock(15));

    var outcomes =
        Race.run(
            16,
            runner ->
                inTx(() -> world.products().takeStock(product.id(), 1, SOLD, TestTime.now())));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    var left =
        outcomes.stream()
            .map(Race.Outcome::value)
            .filter(OptionalInt::isPresent)
            .map(OptionalInt::getAsInt)
            .toList();
    assertThat(left).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 15).boxed().toList());
    assertThat(world.products().find(product.id()).orElseThrow().stock()).isZero();
  }

  @Test
  void stockTakenInAUnitOfWorkThatFailsIsBackInStock() {
    var product = add(aProduct().withStock(4));

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.products().takeStock(product.id(), 3, SOLD, TestTime.now());
                      throw new IllegalStateException("payment failed");
                    }))
        .hasMessage("payment failed");

    assertThat(world.products().find(product.id())).contains(product);
  }

  @Test
  void returnStockPutsUnitsBack() {
    var product = add(aProduct().withStock(1));
    inTx(() -> world.products().takeStock(product.id(), 1, SOLD, TestTime.now()));

    inTx(() -> world.products().returnStock(product.id(), 3, CANCELLED, TestTime.now()));

    assertThat(world.products().find(product.id()).orElseThrow().stock()).isEqualTo(3);
  }

  @Test
  void adjustStockAddsAndRemovesAndReturnsTheProduct() {
    var product = add(aProduct().withStock(3));
    var later = product.updatedAt().plusSeconds(1);

    var added = inTx(() -> world.products().adjustStock(product.id(), 7, ADJUSTED, later));
    var removed = inTx(() -> world.products().adjustStock(product.id(), -10, ADJUSTED, later));

    assertThat(added).map(Product::stock).contains(10);
    assertThat(removed).map(Product::stock).contains(0);
    assertThat(removed).map(Product::updatedAt).contains(later);
    assertThat(world.products().find(product.id())).isEqualTo(removed);
  }

  @Test
  void removingMoreThanTheStockIsOutOfStockAndChangesNothing() {
    var product = add(aProduct().withStock(3));

    assertThatThrownBy(
            () ->
                inTx(
                    () -> world.products().adjustStock(product.id(), -4, ADJUSTED, TestTime.now())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("out_of_stock");
              assertThat(e.details()).containsEntry("productIds", List.of(product.id().toString()));
            });
    assertThat(world.products().find(product.id())).contains(product);
  }

  @Test
  void stockAboveTheMaximumIsRefused() {
    var product = add(aProduct().withStock(Product.MAX_STOCK - 1));

    assertThatThrownBy(
            () -> world.products().adjustStock(product.id(), 2, ADJUSTED, TestTime.now()))
        .isInstanceOf(ValidationException.class);
    assertThat(world.products().adjustStock(product.id(), 1, ADJUSTED, TestTime.now()))
        .map(Product::stock)
        .contains(Product.MAX_STOCK);
  }

  @Test
  void adjustmentsOfZeroAreRefused() {
    var product = add(aProduct());

    assertThatThrownBy(
            () -> world.products().adjustStock(product.id(), 0, ADJUSTED, TestTime.now()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void stockOfAnUnknownProductCannotMove() {
    var unknown = ProductId.newId();

    assertThat(inTx(() -> world.products().adjustStock(unknown, 1, ADJUSTED, TestTime.now())))
        .isEmpty();
    assertThatThrownBy(() -> world.products().takeStock(unknown, 1, SOLD, TestTime.now()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.products().returnStock(unknown, 1, CANCELLED, TestTime.now()))
        .isInstanceOf(NotFoundException.class);
  }

  private Product add(ProductBuilder builder) {
    return new ShopFixture(world.transactions(), world.products()).product(builder);
  }
}
