package dev.kassa.adapters.redis;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.params.SetParams;

/**
 * The product cache on Redis, shared by every Kassa process on it: products and their image ids by
 * product id, listings by query and page, each entry expiring a while after it was written as a
 * safety net.
 *
 * <p>As in the in-process cache, an entry is stamped with the generation read <em>before</em> its
 * load began, and served only while no eviction has advanced that generation since: so a reader
 * that loads the old state and writes it after the writer committed and evicted leaves nothing that
 * is served. There is one generation counter for all listings and one per product (for the product
 * and its image ids); {@link #evict} increments the listing counter and the product's in one
 * transaction, two commands whatever the number of entries. A read is one round trip (the
 * generation and the entry together, or those of every product asked for at once); a miss adds the
 * write.
 *
 * <p>While Redis is down every read goes to the database. An eviction that cannot reach Redis is
 * kept in this process and sent before this process reads from Redis again; other processes may
 * serve that product's old entry until it is sent or expires.
 */
public final class RedisProductCache implements ProductImageIdsCache {

  public static final Duration DEFAULT_EXPIRE_AFTER_WRITE = Duration.ofMinutes(5);

  private final RedisConnection redis;
  private final SetParams expiry;
  private final CachedForms forms = new CachedForms();
  private final String listingGeneration;
  private final AtomicLong evictions = new AtomicLong();
  private final Map<ProductId, Long> unsent = new ConcurrentHashMap<>();

  /**
   * @param expireAfterWrite how long an entry may be served after it was written, positive
   */
  public RedisProductCache(RedisConnection redis, Duration expireAfterWrite) {
    if (!expireAfterWrite.isPositive()) {
      throw new IllegalArgumentException("expireAfterWrite must be positive");
    }
    this.redis = Objects.requireNonNull(redis, "redis");
    this.expiry = SetParams.setParams().px(expireAfterWrite.toMillis());
    this.listingGeneration = redis.key("products:generation:listings");
  }

  @Override
  public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
    return read(
        productGeneration(id),
        redis.key("products:product:" + id),
        json ->
            forms
                .readProduct(json)
                .map(
                    entry ->
                        new Stamped<>(entry.generation(), Optional.ofNullable(entry.product()))),
        forms::write,
        load);
  }

  @Override
  public Page<Product> listing(
      ProductQuery query, PageRequest request, Supplier<Page<Product>> load) {
    return read(
        listingGeneration,
        redis.key("products:listing:" + forms.listingName(query, request)),
        json ->
            forms.readListing(json).map(entry -> new Stamped<>(entry.generation(), entry.page())),
        forms::write,
        load);
  }

  @Override
  public Map<ProductId, List<ImageId>> imageIds(
      Collection<ProductId> ids,
      Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load) {
    var wanted = List.copyOf(new LinkedHashSet<>(ids));
    if (!sendEvictions()) {
      return load.apply(wanted);
    }
    var keys = new String[wanted.size() * 2];
    for (var i = 0; i < wanted.size(); i++) {
      keys[i] = productGeneration(wanted.get(i));
      keys[wanted.size() + i] = imageIdsKey(wanted.get(i));
    }
    var seen = redis.withJedis(jedis -> jedis.mget(keys));
    if (seen.isEmpty()) {
      return load.apply(wanted);
    }
    var found = new HashMap<ProductId, List<ImageId>>();
    var missing = new LinkedHashMap<ProductId, Long>();
    for (var i = 0; i < wanted.size(); i++) {
      var generation = parseGeneration(seen.get().get(i));
      var entry =
          Optional.ofNullable(seen.get().get(wanted.size() + i)).flatMap(forms::readImageIds);
      if (entry.isPresent() && entry.get().generation() >= generation) {
        found.put(wanted.get(i), entry.get().imageIds());
      } else {
        missing.put(wanted.get(i), generation);
      }
    }
    if (!missing.isEmpty()) {
      var loaded = load.apply(List.copyOf(missing.keySet()));
      redis.withJedis(
          jedis -> {
            try (var pipeline = jedis.pipelined()) {
              missing.forEach(
                  (id, generation) ->
                      pipeline.set(
                          imageIdsKey(id),
                          forms.write(generation, loaded.getOrDefault(id, List.of())),
                          expiry));
              pipeline.sync();
            }
            return true;
          });
      missing.keySet().forEach(id -> found.put(id, loaded.getOrDefault(id, List.of())));
    }
    found.values().removeIf(List::isEmpty);
    return found;
  }

  @Override
  public void evict(ProductId id) {
    unsent.put(id, evictions.incrementAndGet());
    sendEvictions();
  }

  private <V> V read(
      String generationKey,
      String entryKey,
      Function<String, Optional<Stamped<V>>> decode,
      Writer<V> encode,
      Supplier<V> load) {
    if (!sendEvictions()) {
      return load.get();
    }
    var seen = redis.withJedis(jedis -> jedis.mget(generationKey, entryKey));
    if (seen.isEmpty()) {
      return load.get();
    }
    var generation = parseGeneration(seen.get().get(0));
    var entry = Optional.ofNullable(seen.get().get(1)).flatMap(decode);
    if (entry.isPresent() && entry.get().generation() >= generation) {
      return entry.get().value();
    }
    var loaded = Objects.requireNonNull(load.get(), "the load returned null");
    redis.withJedis(jedis -> jedis.set(entryKey, encode.write(generation, loaded), expiry));
    return loaded;
  }

  /** Sends the evictions not yet on Redis; true when none is left. */
  private boolean sendEvictions() {
    if (unsent.isEmpty()) {
      return true;
    }
    var batch = Map.copyOf(unsent);
    var sent =
        redis.withJedis(
            jedis -> {
              try (var transaction = jedis.multi()) {
                transaction.incr(listingGeneration);
                batch.keySet().forEach(id -> transaction.incr(productGeneration(id)));
                return transaction.exec();
              }
            });
    if (sent.isPresent()) {
      batch.forEach(unsent::remove);
    }
    return unsent.isEmpty();
  }

  private String productGeneration(ProductId id) {
    return redis.key("products:generation:product:" + id);
  }

  private String imageIdsKey(ProductId id) {
    return redis.key("products:images:" + id);
  }

  private static long parseGeneration(String value) {
    return value == null ? 0 : Long.parseLong(value);
  }

  private record Stamped<V>(long generation, V value) {}

  @FunctionalInterface
  private interface Writer<V> {
    String write(long generation, V value);
  }
}
