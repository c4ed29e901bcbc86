package dev.kassa.adapters.caffeine;

import static dev.kassa.adapters.caffeine.FakeCatalog.MUG;
import static dev.kassa.adapters.caffeine.FakeCatalog.PLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CaffeineProductCacheTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final ProductQuery ALL = ProductQuery.all();
  private static final ProductQuery MUGS =
      new ProductQuery("mug", null, null, null, true, ProductSort.PRICE);
  private static final PageRequest FIRST = PageRequest.first(20);

  private final AtomicLong nanos = new AtomicLong();
  private final FakeCatalog mugs = new FakeCatalog(MUG, 10);
  private final FakeCatalog plates = new FakeCatalog(PLATE, 4);

  private CaffeineProductCache cache(long maximumProducts, long maximumListings) {
    return new CaffeineProductCache(
        maximumProducts, maximumListings, FIVE_MINUTES, nanos::get, Runnable::run);
  }

  @Test
  void aProductIsLoadedOnceAndThenServedFromTheCache() {
    var cache = cache(100, 100);

    var first = cache.product(MUG, mugs::loadProduct);
    mugs.changeStock(-1);
    var second = cache.product(MUG, mugs::loadProduct);

    assertThat(second).isEqualTo(first).map(Product::stock).contains(10);
    assertThat(mugs.productLoads()).isEqualTo(1);
    assertThat(cache.productStats().hitCount()).isEqualTo(1);
    assertThat(cache.productStats().missCount()).isEqualTo(1);
  }

  @Test
  void aListingIsLoadedOncePerQueryAndPage() {
    var cache = cache(100, 100);

    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));
    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));
    cache.listing(MUGS, FIRST, () -> mugs.loadListing(FIRST));
    cache.listing(ALL, new PageRequest(20, 20), () -> mugs.loadListing(FIRST));
    cache.listing(
        new ProductQuery(" ", null, null, null, null, ProductSort.NEWEST),
        PageRequest.first(20),
        () -> mugs.loadListing(FIRST));

    assertThat(mugs.listingLoads()).isEqualTo(3);
  }

  @Test
  void evictingAProductReloadsItAndEveryListing() {
    var cache = cache(100, 100);
    cache.product(MUG, mugs::loadProduct);
    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));
    cache.listing(MUGS, FIRST, () -> plates.loadListing(FIRST));

    mugs.changeStock(-10);
    cache.evict(MUG);

    assertThat(cache.product(MUG, mugs::loadProduct)).map(Product::stock).contains(0);
    assertThat(cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST)).items())
        .singleElement()
        .extracting(Product::stock)
        .isEqualTo(0);
    cache.listing(MUGS, FIRST, () -> plates.loadListing(FIRST));
    assertThat(mugs.productLoads()).isEqualTo(2);
    assertThat(mugs.listingLoads()).isEqualTo(2);
    assertThat(plates.listingLoads()).isEqualTo(2);
  }

  @Test
  void evictingAProductKeepsAnotherProductCached() {
    var cache = cache(100, 100);
    cache.product(MUG, mugs::loadProduct);
    cache.product(PLATE, plates::loadProduct);

    cache.evict(MUG);
    cache.product(MUG, mugs::loadProduct);
    cache.product(PLATE, plates::loadProduct);

    assertThat(mugs.productLoads()).isEqualTo(2);
    assertThat(plates.productLoads()).isEqualTo(1);
  }

  @Test
  void anUnknownProductIsRememberedUntilEvicted() {
    var cache = cache(100, 100);
    var unknown = new ProductId(new UUID(0, 3));
    var loads = new AtomicInteger();
    Supplier<Optional<Product>> missing =
        () -> {
          loads.incrementAndGet();
          return Optional.empty();
        };
    Supplier<Optional<Product>> created = () -> Optional.of(FakeCatalog.product(unknown, 1));

    assertThat(cache.product(unknown, missing)).isEmpty();
    assertThat(cache.product(unknown, created)).isEmpty();
    cache.evict(unknown);

    assertThat(cache.product(unknown, created)).map(Product::id).contains(unknown);
    assertThat(loads).hasValue(1);
  }

  @Test
  void aFailedLoadCachesNothing() {
    var cache = cache(100, 100);

    assertThatThrownBy(
            () ->
                cache.product(
                    MUG,
                    () -> {
                      throw new IllegalStateException("database unavailable");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database unavailable");
    assertThatThrownBy(() -> cache.listing(ALL, FIRST, () -> null))
        .isInstanceOf(NullPointerException.class);

    assertThat(cache.product(MUG, mugs::loadProduct)).map(Product::stock).contains(10);
    assertThat(mugs.productLoads()).isEqualTo(1);
  }

  @Test
  void theCachesHoldAtMostTheirMaximumSize() {
    var cache = cache(10, 5);
    var loads = new AtomicInteger();

    for (var round = 0; round < 2; round++) {
      for (var i = 0; i < 100; i++) {
        var id = new ProductId(new UUID(1, i));
        cache.product(id, () -> Optional.of(FakeCatalog.product(id, loads.incrementAndGet())));
        cache.listing(ALL, new PageRequest(1, i), () -> plates.loadListing(FIRST));
      }
    }

    assertThat(loads.get()).isGreaterThanOrEqualTo(200 - 10);
    assertThat(plates.listingLoads()).isGreaterThanOrEqualTo(200 - 5);
  }

  @Test
  void entriesExpireAfterTheConfiguredTime() {
    var cache = cache(100, 100);
    cache.product(MUG, mugs::loadProduct);
    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));

    nanos.addAndGet(FIVE_MINUTES.toNanos() - 1);
    cache.product(MUG, mugs::loadProduct);
    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));
    assertThat(mugs.productLoads()).isEqualTo(1);
    assertThat(mugs.listingLoads()).isEqualTo(1);

    nanos.addAndGet(1);
    cache.product(MUG, mugs::loadProduct);
    cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST));
    assertThat(mugs.productLoads()).isEqualTo(2);
    assertThat(mugs.listingLoads()).isEqualTo(2);
  }

  @Test
  void refusesSizesBelowOneAndDurationsThatAreNotPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CaffeineProductCache(0, 10, FIVE_MINUTES));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CaffeineProductCache(10, 0, FIVE_MINUTES));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CaffeineProductCache(10, 10, Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CaffeineProductCache(10, 10, Duration.ofSeconds(-1)));
    assertThat(CaffeineProductCache.withDefaults().productStats().requestCount()).isZero();
  }

  @Test
  void imageIdsAreLoadedTogetherForTheProductsNotCachedAndForgottenWithTheProduct() {
    var cache = cache(100, 100);
    var shown = ProductId.newId();
    var bare = ProductId.newId();
    var images = new ConcurrentHashMap<ProductId, List<ImageId>>();
    images.put(shown, List.of(ImageId.newId(), ImageId.newId()));
    var loads = new CopyOnWriteArrayList<List<ProductId>>();
    Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load =
        ids -> {
          loads.add(List.copyOf(ids));
          var found = new HashMap<ProductId, List<ImageId>>();
          ids.stream().filter(images::containsKey).forEach(id -> found.put(id, images.get(id)));
          return found;
        };

    var first = cache.imageIds(List.of(shown, bare), load);
    var again = cache.imageIds(List.of(bare, shown), load);
    images.put(shown, List.of(ImageId.newId()));
    cache.evict(shown);
    var afterEviction = cache.imageIds(List.of(shown, bare), load);

    assertThat(first).isEqualTo(again).containsOnlyKeys(shown);
    assertThat(afterEviction).isEqualTo(Map.of(shown, images.get(shown)));
    assertThat(loads).containsExactly(List.of(shown, bare), List.of(shown));
    assertThat(cache.imageIdStats().hitCount()).isEqualTo(4);
  }

  @Test
  void imageIdsLoadedBeforeAnEvictionAreNotServedAfterIt() {
    var cache = cache(100, 100);
    var product = ProductId.newId();
    var current = new AtomicReference<List<ImageId>>(List.of(ImageId.newId()));

    cache.imageIds(
        List.of(product),
        ids -> {
          var old = current.getAndSet(List.of(ImageId.newId()));
          cache.evict(product);
          return Map.of(product, old);
        });
    var read = cache.imageIds(List.of(product), ids -> Map.of(product, current.get()));

    assertThat(read).isEqualTo(Map.of(product, current.get()));
  }
}
