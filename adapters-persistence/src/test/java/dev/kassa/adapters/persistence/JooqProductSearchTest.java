package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import dev.kassa.domain.shared.PageRequest;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalog query on a large catalog of its own: every listing the public API can ask for is
 * served by one of the partial indexes of {@code V4__shop.sql}, never by reading the whole table,
 * and full-text search finds what the generated data says it should.
 */
@TestInstance(Lifecycle.PER_CLASS)
class JooqProductSearchTest {

  private static final int PRODUCTS_IN_CATALOG = 20_000;

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
  private final JooqProducts products = JooqPorts.over(dataSource, Clock.systemUTC()).products();

  /** Every eighth product is a lamp, every fifth is steel; every twentieth is archived. */
  @BeforeAll
  void fillTheCatalog() {
    sql.execute(
        """
        insert into products (id, sku, name, description, price, currency, category, stock,
            image_urls, status, created_at, updated_at)
        select gen_random_uuid(), 'SKU-' || i,
            (array['Lamp', 'Desk', 'Chair', 'Kettle', 'Mug', 'Stand', 'Cable', 'Shelf'])[1 + i % 8]
                || ' ' || md5(i::text),
            'A fine ' || (array['oak', 'steel', 'glass', 'paper', 'wool'])[1 + i % 5]
                || ' thing, number ' || i,
            100 + (i * 7919) % 100000, 'EUR', 'category-' || (i % 50), i % 13, '{}',
            case when i % 20 = 0 then 'archived' else 'active' end,
            now() - i * interval '1 second', now()
        from generate_series(1, ?) i
        """,
        PRODUCTS_IN_CATALOG);
    sql.execute("analyze products");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "-,           -,            -,    -,    -,    -createdAt, products_active_newest_idx",
        "-,           -,            -,    -,    -,    name,       products_active_name_idx",
        "-,           -,            500,  900,  -,    price,      products_active_price_idx",
        "-,           -,            -,    -,    -,    -price,     products_active_price_idx",
        "-,           category-7,   -,    -,    -,    price,      products_active_category_price_idx",
        "lamp steel,  -,            -,    -,    -,    -createdAt, products_active_text_idx",
        "kettle,      category-3,   -,    -,    true, name,       products_active_",
        "-,           category-3,   -,    -,    true, -createdAt, products_active_"
      })
  void everyListingIsServedByAnIndex(
      String text,
      String category,
      Long minPrice,
      Long maxPrice,
      Boolean inStock,
      String sort,
      String index) {
    var query =
        new ProductQuery(text, category, minPrice, maxPrice, inStock, ProductSort.parse(sort));

    var plan =
        sql.explain(
                sql.selectFrom(PRODUCTS)
                    .where(ProductSearch.condition(query))
                    .orderBy(ProductSearch.order(query.sort()))
                    .limit(PageRequest.DEFAULT_LIMIT))
            .plan();

    assertThat(plan).contains(index).doesNotContain("Seq Scan");
  }

  @Test
  void fullTextSearchFindsEveryActiveMatch() {
    var lamps = count("name like 'Lamp %'");
    var steelLamps = count("name like 'Lamp %' and description like '%steel%'");

    assertThat(total("lamp")).isEqualTo(lamps).isPositive();
    assertThat(total("LAMPS")).isZero();
    assertThat(total("lam stee")).isEqualTo(steelLamps).isPositive();
    assertThat(total("number 19999")).isEqualTo(1);
  }

  private long total(String text) {
    var query = new ProductQuery(text, null, null, null, null, ProductSort.NEWEST);
    return products.search(query, PageRequest.defaults()).total();
  }

  private long count(String condition) {
    return sql.fetchCount(PRODUCTS, DSL.condition(condition).and("status = 'active'"));
  }
}
