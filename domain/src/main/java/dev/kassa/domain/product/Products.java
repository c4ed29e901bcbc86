package dev.kassa.domain.product;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The catalog. Stock moves only through {@link #takeStock}, {@link #returnStock} and {@link
 * #adjustStock}, each a guarded update of one row, so that stock never goes below zero whatever the
 * concurrency. A unit of work that touches several products does so in ascending id order. Every
 * change of stock, including the stock a product is added with, writes a {@link StockMovement} in
 * the same unit of work, so that the stock always equals the sum of the product's movements.
 */
public interface Products {

  /**
   * Adds a product, with an {@link StockReason#INITIAL} movement of its stock when it has any.
   *
   * @return false when another product has the same SKU (compared case-insensitively)
   */
  boolean add(Product product);

  /**
   * Stores changed details or status; never changes the stock.
   *
   * @return false when another product has the new SKU
   */
  boolean update(Product product);

  Optional<Product> find(ProductId id);

  /** Products of the query's status (active or archived) matching it, in its order. */
  Page<Product> search(ProductQuery query, PageRequest request);

  /**
   * Takes {@code quantity} units if at least that many are in stock.
   *
   * @return the stock left; empty, changing nothing, when the stock is short
   */
  OptionalInt takeStock(ProductId id, int quantity, StockChange change, Instant now);

  /** Puts {@code quantity} units back (a cancelled order, an expired reservation). */
  void returnStock(ProductId id, int quantity, StockChange change, Instant now);

  /**
   * Adds {@code delta} units (negative to remove), refusing to go below zero.
   *
   * @return the product after the change, or empty when it does not exist
   * @throws dev.kassa.domain.error.ConflictException {@code out_of_stock} below zero
   */
  Optional<Product> adjustStock(ProductId id, int delta, StockChange change, Instant now);

  /** The product's stock journal, newest first. */
  Page<StockMovement> movements(ProductId id, PageRequest request);

  /** Checks, in one consistent read, that every product's stock is the sum of its movements. */
  StockCheck checkStock();
}
