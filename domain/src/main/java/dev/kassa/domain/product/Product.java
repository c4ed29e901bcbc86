package dev.kassa.domain.product;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product of the catalog. Its stock never goes below zero; it changes only through guarded
 * updates of the {@link Products} port or admin adjustments, never by overwriting the row.
 */
public record Product(
    ProductId id,
    ProductDetails details,
    int stock,
    ProductStatus status,
    Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_STOCK = 1_000_000_000;

  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (stock < 0) {
      throw new IllegalArgumentException("stock must not be negative");
    }
  }

  public static Product create(ProductDetails details, int stock, Instant now) {
    if (stock < 0 || stock > MAX_STOCK) {
      throw ValidationException.of("stock", "must be between 0 and " + MAX_STOCK);
    }
    return new Product(ProductId.newId(), details, stock, ProductStatus.ACTIVE, now, now);
  }

  public Money price() {
    return details.price();
  }

  public String name() {
    return details.name();
  }

  public String sku() {
    return details.sku();
  }

  public boolean isActive() {
    return status == ProductStatus.ACTIVE;
  }

  /** New details; the price may change, but not its currency (orders and carts rely on it). */
  public Product withDetails(ProductDetails changed, Instant now) {
    if (!changed.price().currency().equals(details.price().currency())) {
      throw ValidationException.of("currency", "cannot change; archive and create a new product");
    }
    return new Product(id, changed, stock, status, createdAt, now);
  }

  public Product archive(Instant now) {
    return new Product(id, details, stock, ProductStatus.ARCHIVED, createdAt, now);
  }

  /**
   * This product after {@code quantity} units (at least one) are taken from its stock at {@code
   * now}; empty when fewer are in stock.
   */
  public Optional<Product> taken(int quantity, Instant now) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    if (stock < quantity) {
      return Optional.empty();
    }
    return Optional.of(new Product(id, details, stock - quantity, status, createdAt, now));
  }

  /** The stock after adding {@code delta} (negative to remove); never below zero. */
  public int adjustedStock(int delta) {
    if (delta == 0) {
      throw ValidationException.of("delta", "must not be zero");
    }
    var result = (long) stock + delta;
    if (result < 0) {
      throw ConflictException.outOfStock(List.of(id.toString()));
    }
    if (result > MAX_STOCK) {
      throw ValidationException.of("delta", "would put the stock above " + MAX_STOCK);
    }
    return (int) result;
  }
}
