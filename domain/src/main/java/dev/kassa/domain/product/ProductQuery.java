package dev.kassa.domain.product;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A catalog search over products of one {@code status}: active ones for the public catalog,
 * archived ones for admins. Null fields do not filter. {@code text} matches words of the name or
 * description; prices are minor units of each product's own currency.
 */
public record ProductQuery(
    String text,
    String category,
    Long minPrice,
    Long maxPrice,
    Boolean inStock,
    ProductSort sort,
    ProductStatus status) {

  public static final int MAX_TEXT_LENGTH = 200;

  /** A search of the active catalog. */
  public ProductQuery(
      String text,
      String category,
      Long minPrice,
      Long maxPrice,
      Boolean inStock,
      ProductSort sort) {
    this(text, category, minPrice, maxPrice, inStock, sort, ProductStatus.ACTIVE);
  }

  public ProductQuery {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(status, "status");
    text = text == null || text.isBlank() ? null : text.strip();
    category =
        category == null || category.isBlank() ? null : category.strip().toLowerCase(Locale.ROOT);
    new ValidationException.Collector()
        .check(
            text == null || text.length() <= MAX_TEXT_LENGTH,
            "q",
            "must be at most " + MAX_TEXT_LENGTH + " characters")
        .check(minPrice == null || minPrice >= 0, "minPrice", "must be 0 or more")
        .check(maxPrice == null || maxPrice >= 0, "maxPrice", "must be 0 or more")
        .check(
            minPrice == null || maxPrice == null || minPrice <= maxPrice,
            "minPrice",
            "must not be above maxPrice")
        .throwIfAny();
  }

  public static ProductQuery all() {
    return new ProductQuery(null, null, null, null, null, ProductSort.NEWEST);
  }
}
