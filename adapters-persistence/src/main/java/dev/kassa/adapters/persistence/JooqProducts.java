package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCTS;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockCheck;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.exception.DataAccessException;

/**
 * The catalog in PostgreSQL. Stock changes are single guarded {@code UPDATE}s ({@code WHERE stock
 * >= ?}), so concurrent buyers can never oversell (in a grouped unit of work, sales lock the
 * product once and hold its new stock back: {@link StockChanges}); the unique index on {@code
 * lower(sku)} decides SKU races. An update runs under a savepoint, so that a refused SKU leaves the
 * caller's transaction usable. Each change of stock returns the new stock and writes its movement
 * in the same transaction ({@link StockJournal}). Searching: see {@link ProductSearch}.
 */
public final class JooqProducts implements Products {

  private static final String SKU_KEY = "products_sku_key";

  private final JooqDatabase database;

  public JooqProducts(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public boolean add(Product product) {
    var dsl = database.dsl();
    var added =
        dsl.insertInto(PRODUCTS)
                .set(ProductMapper.toRecord(product))
                .onConflictDoNothing()
                .execute()
            == 1;
    if (added && product.stock() > 0) {
      StockJournal.record(
          database,
          StockMovement.of(
              product.id(),
              product.stock(),
              product.stock(),
              StockChange.initial(),
              product.createdAt()));
    }
    return added;
  }

  @Override
  public boolean update(Product product) {
    int updated;
    try {
      updated =
          database
              .dsl()
              .transactionResult(
                  savepoint ->
                      savepoint
                          .dsl()
                          .update(PRODUCTS)
                          .set(ProductMapper.changes(product))
                          .where(PRODUCTS.ID.eq(product.id().value()))
                          .execute());
    } catch (DataAccessException e) {
      if (SqlErrors.isUniqueViolation(e, SKU_KEY)) {
        return false;
      }
      throw e;
    }
    if (updated == 0) {
      throw new NotFoundException("product", product.id());
    }
    return true;
  }

  /**
   * Inside a grouped unit of work, a product locked there is answered as its sales left it, and any
   * other is read aside of what is held back (which holds no change of it).
   */
  @Override
  public Optional<Product> find(ProductId id) {
    return WriteBehind.lockedOrRead(
        database.writeBehind(), WriteBehind::products, id, () -> read(id));
  }

  private Optional<Product> read(ProductId id) {
    return database
        .dsl()
        .selectFrom(PRODUCTS)
        .where(PRODUCTS.ID.eq(id.value()))
        .fetchOptional(ProductMapper::toDomain);
  }

  @Override
  public Page<Product> search(ProductQuery query, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        PRODUCTS,
        ProductSearch.condition(query),
        ProductSearch.order(query.sort()),
        request,
        ProductMapper::toDomain);
  }

  /**
   * One guarded {@code UPDATE}; inside a grouped unit of work, the product is locked once and its
   * new stock held back ({@link StockChanges}).
   */
  @Override
  public OptionalInt takeStock(ProductId id, int quantity, StockChange change, Instant now) {
    requirePositive(quantity);
    var writes = database.writeBehind();
    if (writes != null) {
      return takeHeldBack(writes, id, quantity, change, now);
    }
    var left =
        database
            .dsl()
            .update(PRODUCTS)
            .set(PRODUCTS.STOCK, PRODUCTS.STOCK.minus(quantity))
            .set(PRODUCTS.UPDATED_AT, now)
            .where(PRODUCTS.ID.eq(id.value()))
            .and(PRODUCTS.STOCK.ge(quantity))
            .returningResult(PRODUCTS.STOCK)
            .fetchOptional(PRODUCTS.STOCK);
    if (left.isEmpty() && !exists(id)) {
      throw new NotFoundException("product", id);
    }
    left.ifPresent(stock -> journal(id, -quantity, stock, change, now));
    return left.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private OptionalInt takeHeldBack(
      WriteBehind writes, ProductId id, int quantity, StockChange change, Instant now) {
    var product =
        StockChanges.lockHeldBack(database.dsl(), writes, id)
            .orElseThrow(() -> new NotFoundException("product", id));
    var taken = product.taken(quantity, now);
    if (taken.isEmpty()) {
      return OptionalInt.empty();
    }
    writes.products().changedTo(taken.get());
    var left = taken.get().stock();
    journal(id, -quantity, left, change, now);
    return OptionalInt.of(left);
  }

  @Override
  public void returnStock(ProductId id, int quantity, StockChange change, Instant now) {
    requirePositive(quantity);
    var stock =
        database
            .dsl()
            .update(PRODUCTS)
            .set(PRODUCTS.STOCK, PRODUCTS.STOCK.plus(quantity))
            .set(PRODUCTS.UPDATED_AT, now)
            .where(PRODUCTS.ID.eq(id.value()))
            .returningResult(PRODUCTS.STOCK)
            .fetchOptional(PRODUCTS.STOCK)
            .orElseThrow(() -> new NotFoundException("product", id));
    journal(id, quantity, stock, change, now);
  }

  /**
   * One guarded update keeps the result within 0..{@link Product#MAX_STOCK}; when it changes
   * nothing, the sign of {@code delta} says which bound it would have crossed.
   */
  @Override
  public Optional<Product> adjustStock(ProductId id, int delta, StockChange change, Instant now) {
    if (delta == 0) {
      throw ValidationException.of("delta", "must not be zero");
    }
    var adjusted =
        database
            .dsl()
            .update(PRODUCTS)
            .set(PRODUCTS.STOCK, PRODUCTS.STOCK.plus(delta))
            .set(PRODUCTS.UPDATED_AT, now)
            .where(PRODUCTS.ID.eq(id.value()))
            .and(
                PRODUCTS.STOCK.between(
                    bound(-(long) delta), bound(Product.MAX_STOCK - (long) delta)))
            .returning()
            .fetchOptional(ProductMapper::toDomain);
    adjusted.ifPresent(product -> journal(id, delta, product.stock(), change, now));
    if (adjusted.isPresent() || !exists(id)) {
      return adjusted;
    }
    if (delta < 0) {
      throw ConflictException.outOfStock(List.of(id.toString()));
    }
    throw ValidationException.of("delta", "would put the stock above " + Product.MAX_STOCK);
  }

  @Override
  public Page<StockMovement> movements(ProductId id, PageRequest request) {
    return StockJournal.page(database.dsl(), id, request);
  }

  @Override
  public StockCheck checkStock() {
    return StockJournal.check(database.dsl());
  }

  private void journal(ProductId id, int delta, int stock, StockChange change, Instant now) {
    StockJournal.record(database, StockMovement.of(id, delta, stock, change, now));
  }

  private boolean exists(ProductId id) {
    return database.dsl().fetchExists(PRODUCTS, PRODUCTS.ID.eq(id.value()));
  }

  /** A stock bound, kept within the range of the column so that it binds as an integer. */
  private static int bound(long stock) {
    return (int) Math.clamp(stock, -1L, Product.MAX_STOCK + 1L);
  }

  private static void requirePositive(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive");
    }
  }
}
