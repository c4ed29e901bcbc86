package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.ProductBuilder;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How every {@link dev.kassa.domain.product.Products} adapter searches the catalog. Each test works
 * in a category of its own: alpha (30.00, in stock, newest), bravo (20.00, in stock, oldest) and
 * charlie (10.00, sold out), plus an archived product that matches everything and is never listed.
 */
public abstract class ProductSearchContract extends PortContract {

  private String category;
  private Product alpha;
  private Product bravo;
  private Product charlie;
  private Product retired;

  @BeforeEach
  void stockTheCatalog() {
    var shop = new ShopFixture(world.transactions(), world.products());
    var base = TestTime.now();
    category = ProductBuilder.freshCategory();
    alpha =
        shop.product(
            inCategory()
                .named("alpha Lamp")
                .describedAs("Warm light for reading")
                .pricedAt(eur(30))
                .withStock(5)
                .createdAt(base.plusSeconds(2)));
    bravo =
        shop.product(
            inCategory()
                .named("Bravo lamp stand")
                .describedAs("Holds any lamp")
                .pricedAt(eur(20))
                .withStock(1)
                .createdAt(base));
    charlie =
        shop.product(
            inCategory()
                .named("charlie desk")
                .describedAs("Oak desk with a lampshade hook")
                .pricedAt(eur(10))
                .withStock(0)
                .createdAt(base.plusSeconds(1)));
    retired =
        shop.product(
            inCategory().named("alpha lamp stand desk").describedAs("warm oak").archived());
  }

  @Test
  void categoryListsItsActiveProductsNewestFirst() {
    var page = search(null, null, null, null, ProductSort.NEWEST);

    assertThat(page.items()).containsExactly(alpha, charlie, bravo);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void eachSortHasItsOrder() {
    assertThat(search(null, null, null, null, ProductSort.NAME).items())
        .containsExactly(alpha, bravo, charlie);
    assertThat(search(null, null, null, null, ProductSort.PRICE).items())
        .containsExactly(charlie, bravo, alpha);
    assertThat(search(null, null, null, null, ProductSort.PRICE_DESCENDING).items())
        .containsExactly(alpha, bravo, charlie);
  }

  @Test
  void pagesCutTheListAndCountAllOfIt() {
    var query = query(null, null, null, null, ProductSort.NAME);

    var first = world.products().search(query, new PageRequest(2, 0));
    var second = world.products().search(query, new PageRequest(2, 2));
    var beyond = world.products().search(query, new PageRequest(2, 4));

    assertThat(first.items()).containsExactly(alpha, bravo);
    assertThat(second.items()).containsExactly(charlie);
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(3L);
    assertThat(second.limit()).isEqualTo(2);
    assertThat(second.offset()).isEqualTo(2);
  }

  @Test
  void textMatchesWordBeginningsInNameOrDescriptionIgnoringCase() {
    assertThat(texts("lamp")).containsExactly(alpha, bravo, charlie);
    assertThat(texts("LAMP sta")).containsExactly(bravo);
    assertThat(texts("warm")).containsExactly(alpha);
    assertThat(texts("Oak, hook!")).containsExactly(charlie);
    assertThat(texts("lamp chair")).isEmpty();
    assertThat(texts("amp")).isEmpty();
  }

  @Test
  void textAloneFindsProductsInAnyCategory() {
    var word = ProductBuilder.freshWord();
    var shop = new ShopFixture(world.transactions(), world.products());
    var tagged = shop.product(aProduct().describedAs("Tagged " + word));

    var page =
        world
            .products()
            .search(
                new ProductQuery(word, null, null, null, null, ProductSort.NEWEST),
                PageRequest.defaults());

    assertThat(page.items()).containsExactly(tagged);
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void pricesFilterInclusively() {
    assertThat(search(null, 2000L, 3000L, null, ProductSort.PRICE).items())
        .containsExactly(bravo, alpha);
    assertThat(search(null, 1001L, 2999L, null, ProductSort.PRICE).items()).containsExactly(bravo);
    assertThat(search(null, null, 1000L, null, ProductSort.PRICE).items()).containsExactly(charlie);
  }

  @Test
  void inStockSeparatesAvailableFromSoldOut() {
    assertThat(search(null, null, null, true, ProductSort.NAME).items())
        .containsExactly(alpha, bravo);
    assertThat(search(null, null, null, false, ProductSort.NAME).items()).containsExactly(charlie);
  }

  @Test
  void filtersCombine() {
    var page = search("lamp", 1500L, null, true, ProductSort.PRICE);

    assertThat(page.items()).containsExactly(bravo, alpha);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void archivingTakesAProductOffTheListing() {
    var archived = alpha.archive(alpha.updatedAt().plusSeconds(1));
    inTx(() -> world.products().update(archived));

    assertThat(search(null, null, null, null, ProductSort.NEWEST).items())
        .containsExactly(charlie, bravo);
    assertThat(world.products().find(alpha.id())).contains(archived);
  }

  @Test
  void archivedStatusListsOnlyArchivedProductsWithTheSameFilters() {
    var archived = alpha.archive(alpha.updatedAt().plusSeconds(1));
    inTx(() -> world.products().update(archived));

    var all = archived(null, ProductSort.NAME);
    assertThat(all.items()).containsExactly(archived, retired);
    assertThat(all.total()).isEqualTo(2);
    assertThat(archived("desk", ProductSort.NAME).items()).containsExactly(retired);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%",
        "_",
        "\\",
        "'",
        "\"",
        "%%",
        "\\%",
        "'; drop table products; --",
        "lamp' or '1'='1",
        "& | ! : * ( ) <->",
        "a%b_c\\d",
        "日本語 😀",
        "\u0000",
        "null"
      })
  void hostileTextIsJustText(String text) {
    var page = search(text, null, null, null, ProductSort.NEWEST);

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
    assertThat(world.products().find(alpha.id())).contains(alpha);
  }

  @Test
  void searchOperatorsAreJustText() {
    assertThat(texts("lamp:* & !desk")).containsExactly(charlie);
    assertThat(texts("-desk | \"alpha lamp\"")).isEmpty();
  }

  @Test
  void longestTextIsSearchedNormally() {
    var text = "lamp ".repeat(39) + "x'%_\\";

    assertThat(text).hasSize(ProductQuery.MAX_TEXT_LENGTH);
    assertThat(texts(text)).isEmpty();
    assertThat(texts("lamp ".repeat(39) + "lamp")).containsExactly(alpha, bravo, charlie);
  }

  private List<Product> texts(String text) {
    return search(text, null, null, null, ProductSort.NAME).items();
  }

  private Page<Product> search(
      String text, Long minPrice, Long maxPrice, Boolean inStock, ProductSort sort) {
    return world
        .products()
        .search(query(text, minPrice, maxPrice, inStock, sort), PageRequest.defaults());
  }

  private ProductQuery query(
      String text, Long minPrice, Long maxPrice, Boolean inStock, ProductSort sort) {
    return new ProductQuery(text, category, minPrice, maxPrice, inStock, sort);
  }

  private Page<Product> archived(String text, ProductSort sort) {
    var query = new ProductQuery(text, category, null, null, null, sort, ProductStatus.ARCHIVED);
    return world.products().search(query, PageRequest.defaults());
  }

  private ProductBuilder inCategory() {
    return aProduct().inCategory(category);
  }
}
