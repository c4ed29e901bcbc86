package dev.kassa.adapters.memory;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A product as {@link InMemoryProducts} stores it: with its insertion sequence and the words of its
 * name and description, so that a search need not split every text again.
 */
record CatalogRow(Product product, long seq, List<String> words) {

  private static final Comparator<CatalogRow> BY_ID =
      Comparator.comparing(row -> row.product().id());

  static CatalogRow of(Product product, long seq) {
    return new CatalogRow(product, seq, wordsOf(product));
  }

  CatalogRow with(Product changed) {
    var sameText = changed.details().equals(product.details());
    return new CatalogRow(changed, seq, sameText ? words : wordsOf(changed));
  }

  /** Whether the product is active and passes every filter of the query. */
  boolean matches(ProductQuery query) {
    var price = product.price().minor();
    return product.status() == query.status()
        && (query.text() == null || SearchWords.allPrefixed(SearchWords.of(query.text()), words))
        && (query.category() == null || query.category().equals(product.details().category()))
        && (query.minPrice() == null || price >= query.minPrice())
        && (query.maxPrice() == null || price <= query.maxPrice())
        && (query.inStock() == null || query.inStock() == (product.stock() > 0));
  }

  static Comparator<CatalogRow> order(ProductSort sort) {
    return switch (sort) {
      case NAME ->
          Comparator.comparing((CatalogRow row) -> row.product().name().toLowerCase(Locale.ROOT))
              .thenComparing(BY_ID);
      case PRICE -> Comparator.comparingLong(CatalogRow::price).thenComparing(BY_ID);
      case PRICE_DESCENDING ->
          Comparator.comparingLong(CatalogRow::price).thenComparing(BY_ID).reversed();
      case NEWEST ->
          Comparator.comparing((CatalogRow row) -> row.product().createdAt())
              .thenComparingLong(CatalogRow::seq)
              .reversed();
    };
  }

  private long price() {
    return product.price().minor();
  }

  private static List<String> wordsOf(Product product) {
    return SearchWords.of(product.name() + " " + product.details().description());
  }
}
