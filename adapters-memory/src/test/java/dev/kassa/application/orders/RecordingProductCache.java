package dev.kassa.application.orders;

import dev.kassa.adapters.memory.InMemoryTransactions;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A product cache that really caches (so a missed eviction shows as a stale read) and records each
 * eviction, with whether it ran while a unit of work was still open.
 */
public final class RecordingProductCache implements ProductCache {

  /** One eviction, and whether the unit of work that caused it had already ended. */
  public record Eviction(ProductId id, boolean afterCommit) {}

  private record ListingKey(ProductQuery query, PageRequest request) {}

  private final InMemoryTransactions transactions;
  private final Map<ProductId, Optional<Product>> products = new ConcurrentHashMap<>();
  private final Map<ListingKey, Page<Product>> listings = new ConcurrentHashMap<>();
  private final List<Eviction> evictions = new CopyOnWriteArrayList<>();

  public RecordingProductCache(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
    return products.computeIfAbsent(id, key -> load.get());
  }

  @Override
  public Page<Product> listing(
      ProductQuery query, PageRequest request, Supplier<Page<Product>> load) {
    return listings.computeIfAbsent(new ListingKey(query, request), key -> load.get());
  }

  @Override
  public void evict(ProductId id) {
    evictions.add(new Eviction(id, !transactions.inUnitOfWork()));
    products.remove(id);
    listings.clear();
  }

  public List<Eviction> evictions() {
    return List.copyOf(evictions);
  }
}
