package dev.kassa.domain.product;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The catalog. Stock moves only through {@link #takeStock}, {@link #returnStock} and {@link
 * #adjustStock}, each a guarded update of one row, so that stock never goes below zero whatever the
 * concurrency. A unit of work that touches several products does so in ascending id order.
 */
public interface Products {

  /**
   * Adds a product.
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
   * @return false, changing nothing, when the stock is short
   */
  boolean takeStock(ProductId id, int quantity, Instant now);

  /** Puts {@code quantity} units back (a cancelled order, an expired reservation). */
  void returnStock(ProductId id, int quantity, Instant now);

  /**
   * Adds {@code delta} units (negative to remove), refusing to go below zero.
   *
   * @return the product after the change, or empty when it does not exist
   * @throws dev.kassa.domain.error.ConflictException {@code out_of_stock} below zero
   */
  Optional<Product> adjustStock(ProductId id, int delta, Instant now);
}
