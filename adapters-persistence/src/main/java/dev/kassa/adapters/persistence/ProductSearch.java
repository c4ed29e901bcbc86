package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCTS;

import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * The catalog query in SQL, shaped to the partial indexes of {@code V4__shop.sql}: every condition
 * starts with the status, inlined ({@code status = 'active'} for the public catalog, so that the
 * planner uses those indexes), and each sort has an index in its order. Archived products, listed
 * for admins only, have no index of their own.
 *
 * <p>Text search splits the query into words (runs of letters and digits, lower-cased) and asks
 * PostgreSQL full-text search for products whose name or description has, for each word, a word
 * that begins with it ({@code 'lapt':* & 'stand':*}). Words hold letters and digits only, so the
 * {@code tsquery} they form is always well-formed whatever the user typed, and it travels as a bind
 * value. A query without any word matches nothing.
 */
final class ProductSearch {

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The expression of {@code products_active_text_idx}, repeated exactly. */
  private static final String MATCHES =
      "to_tsvector('simple', {0} || ' ' || {1}) @@ to_tsquery('simple', {2})";

  private ProductSearch() {}

  static Condition condition(ProductQuery query) {
    var where = PRODUCTS.STATUS.eq(DSL.inline(query.status().code()));
    if (query.text() != null) {
      where = where.and(text(query.text()));
    }
    if (query.category() != null) {
      where = where.and(PRODUCTS.CATEGORY.eq(query.category()));
    }
    if (query.minPrice() != null) {
      where = where.and(PRODUCTS.PRICE.ge(query.minPrice()));
    }
    if (query.maxPrice() != null) {
      where = where.and(PRODUCTS.PRICE.le(query.maxPrice()));
    }
    if (query.inStock() != null) {
      where = where.and(query.inStock() ? PRODUCTS.STOCK.gt(0) : PRODUCTS.STOCK.eq(0));
    }
    return where;
  }

  static List<? extends OrderField<?>> order(ProductSort sort) {
    return switch (sort) {
      case NAME ->
          List.of(DSL.field("lower({0}) collate \"C\"", String.class, PRODUCTS.NAME), PRODUCTS.ID);
      case PRICE -> List.of(PRODUCTS.PRICE, PRODUCTS.ID);
      case PRICE_DESCENDING -> List.of(PRODUCTS.PRICE.desc(), PRODUCTS.ID.desc());
      case NEWEST -> List.of(PRODUCTS.CREATED_AT.desc(), PRODUCTS.SEQ.desc());
    };
  }

  private static Condition text(String text) {
    var words =
        Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
            .filter(word -> !word.isEmpty())
            .distinct()
            .toList();
    if (words.isEmpty()) {
      return DSL.falseCondition();
    }
    var prefixes = words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
    return DSL.condition(MATCHES, PRODUCTS.NAME, PRODUCTS.DESCRIPTION, DSL.val(prefixes));
  }
}
