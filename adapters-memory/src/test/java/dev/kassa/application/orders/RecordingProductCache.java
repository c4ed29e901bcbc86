package dev.kassa.application.orders;

import dev.kassa.adapters.memory.InMemoryTransactions;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImageIdsCache;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A product cache that really caches (so a missed eviction shows as a stale read) and records each
 * eviction, with whether it ran while a unit of work was still open.
 */
public final class RecordingProductCache implements ProductImageIdsCache {

  /** One eviction, and whether the unit of work that caused it had already ended. */
  public record Eviction(ProductId id, boolean afterCommit) {}

  private record ListingKey(ProductQuery query, PageRequest request) {}

  private final InMemoryTransactions transactions;
  private final Map<ProductId, Optional<Product>> products = new ConcurrentHashMap<>();
  private final Map<ProductId, List<ImageId>> imageIds = new ConcurrentHashMap<>();
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
  public Map<ProductId, List<ImageId>> imageIds(
      Collection<ProductId> ids,
      Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load) {
    var missing = ids.stream().filter(id -> !imageIds.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      var loaded = load.apply(missing);
      missing.forEach(id -> imageIds.put(id, loaded.getOrDefault(id, List.of())));
    }
    var found = new HashMap<ProductId, List<ImageId>>();
    ids.forEach(id -> found.put(id, imageIds.get(id)));
    found.values().removeIf(List::isEmpty);
    return found;
  }

  @Override
  public void evict(ProductId id) {
    evictions.add(new Eviction(id, !transactions.inUnitOfWork()));
    products.remove(id);
    imageIds.remove(id);
    listings.clear();
  }

  public List<Eviction> evictions() {
    return List.copyOf(evictions);
  }
}
