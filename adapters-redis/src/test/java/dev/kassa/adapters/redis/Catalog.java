package dev.kassa.adapters.redis;

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
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the database behind the cache: one product whose stock changes, loads counted. */
final class Catalog {

  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

  final ProductId id = ProductId.newId();
  final AtomicInteger stock;
  final AtomicInteger productLoads = new AtomicInteger();
  final AtomicInteger listingLoads = new AtomicInteger();

  Catalog(int stock) {
    this.stock = new AtomicInteger(stock);
  }

  Product product(int stockSeen) {
    var details =
        new ProductDetails(
            "SKU-1",
            "Mug",
            "A mug",
            Money.of(1299, "EUR"),
            "kitchen",
            List.of("https://img.example.com/mug.png"));
    return new Product(
        id, details, stockSeen, ProductStatus.ACTIVE, CREATED, CREATED.plusSeconds(1));
  }

  Optional<Product> loadProduct() {
    productLoads.incrementAndGet();
    return Optional.of(product(stock.get()));
  }

  Page<Product> loadListing(PageRequest request) {
    listingLoads.incrementAndGet();
    return Page.of(List.of(product(stock.get())), request, 1);
  }
}
