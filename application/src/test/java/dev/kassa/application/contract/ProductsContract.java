package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ProductBuilder;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.product.Products} adapter must do with products and their
 * SKUs; stock is {@link ProductStockContract}'s, search {@link ProductSearchContract}'s.
 */
public abstract class ProductsContract extends PortContract {

  @Test
  void addedProductIsFoundAsItWasStored() {
    var product =
        aProduct()
            .named("Kettle")
            .describedAs("Boils water: 1.7 l, \"quiet\" & fast — 日本")
            .withImages(List.of("https://img.kassa.test/a.png", "http://img.kassa.test/b.jpg"))
            .withStock(7)
            .build();

    var added = inTx(() -> world.products().add(product));

    assertThat(added).isTrue();
    assertThat(world.products().find(product.id())).contains(product);
  }

  @Test
  void productWithoutImagesOrDescriptionRoundTrips() {
    var product = aProduct().describedAs(null).withImages(List.of()).withStock(0).build();

    inTx(() -> world.products().add(product));

    assertThat(world.products().find(product.id())).contains(product);
  }

  @Test
  void skuTakenInAnyCaseIsRefusedOnAdd() {
    var sku = ProductBuilder.freshSku();
    var first = add(aProduct().withSku(sku));
    var second = aProduct().withSku(sku.toUpperCase(Locale.ROOT)).build();

    var added = inTx(() -> world.products().add(second));

    assertThat(added).isFalse();
    assertThat(world.products().find(second.id())).isEmpty();
    assertThat(world.products().find(first.id())).contains(first);
  }

  @Test
  void concurrentAddsOfOneSkuInDifferentCasesLetExactlyOneIn() {
    var sku = ProductBuilder.freshSku();

    var outcomes =
        Race.run(
            8,
            runner -> {
              var cased = runner % 2 == 0 ? sku.toUpperCase(Locale.ROOT) : sku;
              var product = aProduct().withSku(cased).build();
              return inTx(() -> world.products().add(product));
            });

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(outcome -> outcome.value())).hasSize(1);
  }

  @Test
  void updateStoresDetailsAndStatusButNeverTheStock() {
    var product = add(aProduct().withStock(10));
    inTx(() -> world.products().takeStock(product.id(), 3, SOLD, TestTime.now()));
    var later = product.updatedAt().plusSeconds(60);
    var changed =
        product
            .withDetails(aProduct().named("Renamed").pricedAt(eur(12, 50)).details(), later)
            .archive(later);

    var updated = inTx(() -> world.products().update(changed));

    var stored = world.products().find(product.id()).orElseThrow();
    assertThat(updated).isTrue();
    assertThat(stored.details()).isEqualTo(changed.details());
    assertThat(stored.status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(stored.updatedAt()).isEqualTo(later);
    assertThat(stored.createdAt()).isEqualTo(product.createdAt());
    assertThat(stored.stock()).isEqualTo(7);
  }

  @Test
  void updateToASkuTakenInAnyCaseIsRefusedAndTheUnitOfWorkGoesOn() {
    var taken = add(aProduct());
    var product = add(aProduct().withStock(5));
    var clash = withSku(product, taken.sku().toLowerCase(Locale.ROOT));

    var outcome =
        inTx(
            () -> {
              var updated = world.products().update(clash);
              var took = world.products().takeStock(product.id(), 2, SOLD, TestTime.now());
              return List.of(updated, took.isPresent());
            });

    assertThat(outcome).containsExactly(false, true);
    var stored = world.products().find(product.id()).orElseThrow();
    assertThat(stored.sku()).isEqualTo(product.sku());
    assertThat(stored.stock()).isEqualTo(3);
  }

  @Test
  void updateInAUnitOfWorkThatFailsIsUndone() {
    var product = add(aProduct());
    var renamed = withSku(product, ProductBuilder.freshSku()).archive(product.updatedAt());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.products().update(renamed);
                      throw new IllegalStateException("audit failed");
                    }))
        .hasMessage("audit failed");

    assertThat(world.products().find(product.id())).contains(product);
    assertThat(inTx(() -> world.products().add(aProduct().withSku(renamed.sku()).build())))
        .isTrue();
  }

  @Test
  void updateMayChangeTheCaseOfItsOwnSkuOrFreeItForAnother() {
    var product = add(aProduct());
    var recased = withSku(product, product.sku().toUpperCase(Locale.ROOT));
    var renamed = withSku(product, ProductBuilder.freshSku());
    var successor = aProduct().withSku(product.sku()).build();

    assertThat(inTx(() -> world.products().update(recased))).isTrue();
    assertThat(inTx(() -> world.products().update(renamed))).isTrue();
    assertThat(inTx(() -> world.products().add(successor))).isTrue();
    assertThat(world.products().find(product.id()).orElseThrow().sku()).isEqualTo(renamed.sku());
  }

  @Test
  void updateOfAnUnknownProductFails() {
    var unknown = aProduct().build();

    assertThatThrownBy(() -> inTx(() -> world.products().update(unknown)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.products().find(unknown.id())).isEmpty();
  }

  private Product add(ProductBuilder builder) {
    return new ShopFixture(world.transactions(), world.products()).product(builder);
  }

  private static Product withSku(Product product, String sku) {
    var details = product.details();
    return product.withDetails(
        new ProductDetails(
            sku,
            details.name(),
            details.description(),
            details.price(),
            details.category(),
            details.imageUrls()),
        product.updatedAt());
  }
}
