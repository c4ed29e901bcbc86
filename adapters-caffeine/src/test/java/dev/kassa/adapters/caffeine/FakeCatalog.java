package dev.kassa.adapters.caffeine;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the database behind the cache: one product whose stock changes, loads counted. */
final class FakeCatalog {

  static final ProductId MUG = new ProductId(new UUID(0, 1));
  static final ProductId PLATE = new ProductId(new UUID(0, 2));
  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

  private final ProductId id;
  private final AtomicInteger stock;
  private final AtomicInteger productLoads = new AtomicInteger();
  private final AtomicInteger listingLoads = new AtomicInteger();

  FakeCatalog(ProductId id, int stock) {
    this.id = id;
    this.stock = new AtomicInteger(stock);
  }

  static Product product(ProductId id, int stock) {
    var details =
        new ProductDetails(
            "SKU-" + id.value().getLeastSignificantBits(),
            "Product " + id,
            "",
            Money.of(1299, "EUR"),
            "kitchen",
            List.of());
    return new Product(id, details, stock, ProductStatus.ACTIVE, CREATED, CREATED);
  }

  Optional<Product> loadProduct() {
    productLoads.incrementAndGet();
    return Optional.of(product(id, stock.get()));
  }

  Page<Product> loadListing(PageRequest request) {
    listingLoads.incrementAndGet();
    return listingOf(stock.get(), request);
  }

  Page<Product> listingOf(int stockSeen, PageRequest request) {
    return Page.of(List.of(product(id, stockSeen)), request, 1);
  }

  /** Commits a change of stock and returns the new stock. */
  int changeStock(int delta) {
    return stock.addAndGet(delta);
  }

  int stock() {
    return stock.get();
  }

  int productLoads() {
    return productLoads.get();
  }

  int listingLoads() {
    return listingLoads.get();
  }
}
