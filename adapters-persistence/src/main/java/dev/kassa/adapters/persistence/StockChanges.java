package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCTS;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Stock taken inside a grouped unit of work ({@link WriteBehind}): a product is locked and read
 * once ({@code SELECT ... FOR UPDATE}), its sales are decided on the row as the earlier ones left
 * it ({@link Product#taken}), and its last stock is written at the flush, for all products changed
 * in one statement. The table's CHECK constraint stays as the last guard: no stock below zero.
 */
final class StockChanges {

  private static final RenderedStatement STOCKS =
      RenderedStatement.updateByKey(PRODUCTS, PRODUCTS.ID, PRODUCTS.STOCK, PRODUCTS.UPDATED_AT);

  private StockChanges() {}

  /**
   * The product as the unit's earlier sales left it, locking and reading it first (aside of what is
   * held back: it has no held-back change) when it was not locked here yet; empty when there is no
   * such product.
   */
  static Optional<Product> lockHeldBack(DSLContext dsl, WriteBehind writes, ProductId id) {
    var rows = writes.products();
    var locked = rows.get(id);
    if (locked != null) {
      return Optional.of(locked);
    }
    var read =
        WriteBehind.aside(
            WriteBehind.Access.READS,
            () ->
                dsl.selectFrom(PRODUCTS)
                    .where(PRODUCTS.ID.eq(id.value()))
                    .forUpdate()
                    .fetchOptional(ProductMapper::toDomain));
    read.ifPresent(product -> rows.lockedNow(List.of(product)));
    return read;
  }

  /** Stores the stock and update time of products locked in this transaction, in one statement. */
  static void storeStocks(DSLContext dsl, Collection<Product> products) {
    var values = new ArrayList<Object>(products.size() * 3);
    for (var product : products) {
      values.add(product.id().value());
      values.add(product.stock());
      values.add(product.updatedAt());
    }
    STOCKS.update(dsl, values);
  }
}
