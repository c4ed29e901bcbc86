package dev.kassa.adapters.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImageIdsCache;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The product cache in process memory: three bounded Caffeine caches, products by id, their image
 * ids by product id, and listings by query and page, each entry expiring a while after it was
 * loaded as a safety net.
 *
 * <p>A reader that misses, loads the old state, and stores it only after the writer has committed
 * and evicted must not leave that old state behind for later readers. So every {@link #evict}
 * advances a generation counter, and every entry is stamped with the generation read
 * <em>before</em> its load began. An entry is served only when no eviction that concerns it
 * advanced the counter past its stamp: listings are concerned by every eviction, a product and its
 * image ids by the evictions of the ids that share its stripe (a collision costs a reload, never a
 * stale read). A stale entry is replaced by a fresh load on its next read. Eviction only moves
 * counters: it never waits for a load in flight.
 *
 * <p>Evictions are local to the process. With several Kassa processes on one database, a change
 * made by another process is seen here once the entry expires.
 */
public final class CaffeineProductCache implements ProductImageIdsCache {

  public static final long DEFAULT_MAXIMUM_PRODUCTS = 10_000;
  public static final long DEFAULT_MAXIMUM_LISTINGS = 1_000;
  public static final Duration DEFAULT_EXPIRE_AFTER_WRITE = Duration.ofMinutes(5);

  private static final int STRIPES = 1 << 12;

  private final AtomicLong generation = new AtomicLong();
  private final AtomicLongArray productEvictions = new AtomicLongArray(STRIPES);
  private final Cache<ProductId, Stamped<Optional<Product>>> products;
  private final Cache<ProductId, Stamped<List<ImageId>>> imageIds;
  private final Cache<ListingKey, Stamped<Page<Product>>> listings;

  /**
   * @param maximumProducts how many products (known or unknown ids) are kept, at least 1; as many
   *     products' image ids
   * @param maximumListings how many pages of listings are kept, at least 1
   * @param expireAfterWrite how long an entry may be served after it was loaded, positive
   */
  public CaffeineProductCache(
      long maximumProducts, long maximumListings, Duration expireAfterWrite) {
    this(
        maximumProducts,
        maximumListings,
        expireAfterWrite,
        Ticker.systemTicker(),
        ForkJoinPool.commonPool());
  }

  CaffeineProductCache(
      long maximumProducts,
      long maximumListings,
      Duration expireAfterWrite,
      Ticker ticker,
      Executor maintenance) {
    if (maximumProducts < 1 || maximumListings < 1) {
      throw new IllegalArgumentException("maximum sizes must be at least 1");
    }
    if (expireAfterWrite.isNegative() || expireAfterWrite.isZero()) {
      throw new IllegalArgumentException("expireAfterWrite must be positive");
    }
    this.products = build(maximumProducts, expireAfterWrite, ticker, maintenance);
    this.imageIds = build(maximumProducts, expireAfterWrite, ticker, maintenance);
    this.listings = build(maximumListings, expireAfterWrite, ticker, maintenance);
  }

  public static CaffeineProductCache withDefaults() {
    return new CaffeineProductCache(
        DEFAULT_MAXIMUM_PRODUCTS, DEFAULT_MAXIMUM_LISTINGS, DEFAULT_EXPIRE_AFTER_WRITE);
  }

  @Override
  public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
    var stripe = stripeOf(id);
    return read(products, id, () -> productEvictions.get(stripe), load);
  }

  @Override
  public Page<Product> listing(
      ProductQuery query, PageRequest request, Supplier<Page<Product>> load) {
    return read(listings, new ListingKey(query, request), generation::get, load);
  }

  @Override
  public Map<ProductId, List<ImageId>> imageIds(
      Collection<ProductId> ids,
      Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load) {
    var found = new HashMap<ProductId, List<ImageId>>();
    var missing = new LinkedHashSet<ProductId>();
    for (var id : ids) {
      var cached = imageIds.getIfPresent(id);
      if (cached != null && cached.generation() >= productEvictions.get(stripeOf(id))) {
        found.put(id, cached.value());
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      var before = generation.get();
      var loaded = load.apply(List.copyOf(missing));
      for (var id : missing) {
        var value = List.copyOf(loaded.getOrDefault(id, List.of()));
        imageIds.put(id, new Stamped<>(before, value));
        found.put(id, value);
      }
    }
    found.values().removeIf(List::isEmpty);
    return found;
  }

  @Override
  public void evict(ProductId id) {
    var current = generation.incrementAndGet();
    productEvictions.accumulateAndGet(stripeOf(id), current, Math::max);
  }

  /** Hits, misses and loads of products; a stale entry found counts as a hit before its reload. */
  public CacheStats productStats() {
    return products.stats();
  }

  /** Hits and misses of products' image ids; a stale entry found counts as a hit. */
  public CacheStats imageIdStats() {
    return imageIds.stats();
  }

  /** Hits, misses and loads of listings, counted as {@link #productStats()} counts them. */
  public CacheStats listingStats() {
    return listings.stats();
  }

  private <K, V> V read(
      Cache<K, Stamped<V>> cache, K key, LongSupplier lastEviction, Supplier<V> load) {
    var cached = cache.get(key, ignored -> stamped(load));
    if (cached.generation() >= lastEviction.getAsLong()) {
      return cached.value();
    }
    return cache
        .asMap()
        .compute(
            key,
            (ignored, old) ->
                old != null && old.generation() >= lastEviction.getAsLong() ? old : stamped(load))
        .value();
  }

  private <V> Stamped<V> stamped(Supplier<V> load) {
    var before = generation.get();
    return new Stamped<>(before, Objects.requireNonNull(load.get(), "the load returned null"));
  }

  private static int stripeOf(ProductId id) {
    var hash = id.hashCode();
    return (hash ^ (hash >>> 16)) & (STRIPES - 1);
  }

  private static <K, V> Cache<K, V> build(
      long maximumSize, Duration expireAfterWrite, Ticker ticker, Executor maintenance) {
    return Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(expireAfterWrite)
        .ticker(ticker)
        .executor(maintenance)
        .recordStats()
        .build();
  }

  private record Stamped<V>(long generation, V value) {}

  private record ListingKey(ProductQuery query, PageRequest request) {}
}
