package dev.kassa.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared product cache on the machine's Redis, under a key prefix of its own. */
class RedisProductCacheTest {

  private static final PageRequest FIRST = PageRequest.first(20);

  private final TestRedis redis = TestRedis.onMachine();
  private final RedisConnection processA = redis.connect();
  private final RedisConnection processB = redis.connect();
  private final RedisProductCache cacheA = new RedisProductCache(processA, Duration.ofMinutes(1));
  private final RedisProductCache cacheB = new RedisProductCache(processB, Duration.ofMinutes(1));
  private final Catalog catalog = new Catalog(5);

  @AfterEach
  void cleanUp() {
    processA.close();
    processB.close();
    redis.close();
  }

  @Test
  void aProductAndAListingAreLoadedOnceAndReadBackAsTheyWere() {
    var first = cacheA.product(catalog.id, catalog::loadProduct);
    var again = cacheA.product(catalog.id, catalog::loadProduct);
    var listing = cacheA.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));
    var listingAgain = cacheA.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));

    assertThat(again).isEqualTo(first).contains(catalog.product(5));
    assertThat(listingAgain).isEqualTo(listing);
    assertThat(catalog.productLoads).hasValue(1);
    assertThat(catalog.listingLoads).hasValue(1);
  }

  @Test
  void anUnknownIdIsCachedAsUnknown() {
    var unknown = ProductId.newId();

    cacheA.product(unknown, () -> Optional.empty());
    var again = cacheA.product(unknown, () -> Optional.of(catalog.product(1)));

    assertThat(again).isEmpty();
  }

  @Test
  void listingsAreCachedPerQueryAndPage() {
    var other = new ProductQuery("mug", null, null, null, null, ProductQuery.all().sort());

    cacheA.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));
    cacheA.listing(other, FIRST, () -> catalog.loadListing(FIRST));
    cacheA.listing(ProductQuery.all(), new PageRequest(20, 20), () -> catalog.loadListing(FIRST));

    assertThat(catalog.listingLoads).hasValue(3);
  }

  @Test
  void aChangeEvictedOnOneProcessIsSeenByTheOther() {
    cacheB.product(catalog.id, catalog::loadProduct);
    cacheB.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));

    catalog.stock.set(4);
    cacheA.evict(catalog.id);

    assertThat(cacheB.product(catalog.id, catalog::loadProduct)).contains(catalog.product(4));
    assertThat(cacheB.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST)).items())
        .containsExactly(catalog.product(4));
  }

  @Test
  void evictingOneProductKeepsTheOthers() {
    var other = new Catalog(9);
    cacheA.product(other.id, other::loadProduct);

    cacheA.evict(catalog.id);
    cacheA.product(other.id, other::loadProduct);

    assertThat(other.productLoads).hasValue(1);
  }

  /** The race the generations defeat: an old load stored after the eviction is never served. */
  @Test
  void aListingLoadedBeforeAnEvictionIsNotServedAfterIt() throws Exception {
    var loading = new CountDownLatch(1);
    var evicted = new CountDownLatch(1);
    var slowReader =
        CompletableFuture.supplyAsync(
            () ->
                cacheB.listing(
                    ProductQuery.all(),
                    FIRST,
                    () -> {
                      var old = catalog.loadListing(FIRST);
                      loading.countDown();
                      await(evicted);
                      return old;
                    }));
    assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
    catalog.stock.set(3);
    cacheA.evict(catalog.id);
    evicted.countDown();

    assertThat(slowReader.get(5, TimeUnit.SECONDS).items()).containsExactly(catalog.product(5));
    var after = cacheA.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));
    assertThat(after.items()).containsExactly(catalog.product(3));
  }

  @Test
  void imageIdsAreLoadedTogetherForTheProductsNotCachedAndForgottenWithTheProduct() {
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

    var first = cacheA.imageIds(List.of(shown, bare), load);
    var again = cacheB.imageIds(List.of(bare, shown), load);
    images.put(shown, List.of(ImageId.newId()));
    cacheA.evict(shown);
    var afterEviction = cacheB.imageIds(List.of(shown, bare), load);

    assertThat(first).isEqualTo(again).containsOnlyKeys(shown);
    assertThat(afterEviction).isEqualTo(Map.of(shown, images.get(shown)));
    assertThat(loads).containsExactly(List.of(shown, bare), List.of(shown));
  }

  @Test
  void imageIdsLoadedBeforeAnEvictionAreNotServedAfterIt() {
    var product = ProductId.newId();
    var current = new AtomicReference<List<ImageId>>(List.of(ImageId.newId()));

    cacheA.imageIds(
        List.of(product),
        ids -> {
          var old = current.getAndSet(List.of(ImageId.newId()));
          cacheB.evict(product);
          return Map.of(product, old);
        });
    var read = cacheA.imageIds(List.of(product), ids -> Map.of(product, current.get()));

    assertThat(read).isEqualTo(Map.of(product, current.get()));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
