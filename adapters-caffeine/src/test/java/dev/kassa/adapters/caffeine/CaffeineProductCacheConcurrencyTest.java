package dev.kassa.adapters.caffeine;

import static dev.kassa.adapters.caffeine.FakeCatalog.MUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** Readers and writers at the same time; a deadlock or an eviction that waits fails on time. */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class CaffeineProductCacheConcurrencyTest {

  private static final ProductQuery ALL = ProductQuery.all();
  private static final PageRequest FIRST = PageRequest.first(20);

  private final CaffeineProductCache cache =
      new CaffeineProductCache(1_000, 1_000, Duration.ofMinutes(5));
  private final FakeCatalog mugs = new FakeCatalog(MUG, 10);
  private final List<Thread> readerThreads = new CopyOnWriteArrayList<>();
  private final ExecutorService readers =
      Executors.newFixedThreadPool(
          8,
          task -> {
            var thread = new Thread(task);
            readerThreads.add(thread);
            return thread;
          });

  @AfterEach
  void stopReaders() {
    readers.shutdownNow();
  }

  @Test
  void concurrentMissesOfOneProductLoadItOnce() throws Exception {
    var release = new CountDownLatch(1);
    Supplier<Optional<Product>> slowLoad =
        () -> {
          await(release);
          return mugs.loadProduct();
        };

    var results = new ArrayList<CompletableFuture<Optional<Product>>>();
    for (var i = 0; i < 8; i++) {
      results.add(CompletableFuture.supplyAsync(() -> cache.product(MUG, slowLoad), readers));
    }
    awaitAllWaiting();
    release.countDown();

    for (var result : results) {
      assertThat(result.get()).map(Product::stock).contains(10);
    }
    assertThat(mugs.productLoads()).isEqualTo(1);
  }

  @Test
  void concurrentMissesOfOneListingLoadItOnce() throws Exception {
    var release = new CountDownLatch(1);
    Supplier<Page<Product>> slowLoad =
        () -> {
          await(release);
          return mugs.loadListing(FIRST);
        };

    var results = new ArrayList<CompletableFuture<Page<Product>>>();
    for (var i = 0; i < 8; i++) {
      results.add(
          CompletableFuture.supplyAsync(() -> cache.listing(ALL, FIRST, slowLoad), readers));
    }
    awaitAllWaiting();
    release.countDown();

    for (var result : results) {
      assertThat(result.get().total()).isEqualTo(1);
    }
    assertThat(mugs.listingLoads()).isEqualTo(1);
  }

  @Test
  void aProductLoadedBeforeAnEvictionIsNotServedAfterIt() throws Exception {
    var loading = new CountDownLatch(1);
    var evicted = new CountDownLatch(1);
    var reader =
        CompletableFuture.supplyAsync(
            () ->
                cache.product(
                    MUG,
                    () -> {
                      var seen = mugs.loadProduct();
                      loading.countDown();
                      await(evicted);
                      return seen;
                    }),
            readers);

    loading.await();
    mugs.changeStock(-10);
    cache.evict(MUG);
    evicted.countDown();
    reader.get();
    var loadsBefore = mugs.productLoads();

    assertThat(cache.product(MUG, mugs::loadProduct)).map(Product::stock).contains(0);
    assertThat(cache.product(MUG, mugs::loadProduct)).map(Product::stock).contains(0);
    assertThat(mugs.productLoads()).isLessThanOrEqualTo(loadsBefore + 1);
  }

  @Test
  void aListingLoadedBeforeAnEvictionIsNotServedAfterIt() throws Exception {
    var loading = new CountDownLatch(1);
    var evicted = new CountDownLatch(1);
    var reader =
        CompletableFuture.supplyAsync(
            () ->
                cache.listing(
                    ALL,
                    FIRST,
                    () -> {
                      var seen = mugs.loadListing(FIRST);
                      loading.countDown();
                      await(evicted);
                      return seen;
                    }),
            readers);

    loading.await();
    mugs.changeStock(-10);
    cache.evict(MUG);
    evicted.countDown();
    reader.get();

    assertThat(cache.listing(ALL, FIRST, () -> mugs.loadListing(FIRST)).items())
        .singleElement()
        .extracting(Product::stock)
        .isEqualTo(0);
  }

  @Test
  void readersNeverSeeAStateOlderThanTheLastCompletedEviction() throws Exception {
    var lastEvicted = new AtomicInteger(mugs.stock());
    var stale = new AtomicInteger();
    var readersStarted = new CountDownLatch(3);
    var hitsWhileWriting = new AtomicLong();
    var writing =
        CompletableFuture.runAsync(
            () -> {
              await(readersStarted);
              var before = cache.productStats().hitCount();
              restock(lastEvicted, before);
              hitsWhileWriting.set(cache.productStats().hitCount() - before);
            },
            readers);
    var reading = new ArrayList<CompletableFuture<Void>>();
    for (var i = 0; i < 3; i++) {
      reading.add(
          CompletableFuture.runAsync(
              () -> {
                readersStarted.countDown();
                while (!writing.isDone()) {
                  var floor = lastEvicted.get();
                  if (productStock() < floor || listingStock() < floor) {
                    stale.incrementAndGet();
                  }
                }
              },
              readers));
    }

    writing.get();
    CompletableFuture.allOf(reading.toArray(CompletableFuture[]::new)).get();
    assertThat(stale).hasValue(0);
    assertThat(hitsWhileWriting).as("reads the cache served between evictions").hasPositiveValue();
  }

  /**
   * Restocks and evicts 3,000 times, and on until the cache has served a read since {@code
   * hitsBefore} (for up to 10 s): on a busy machine the readers may not get a turn sooner.
   */
  // Yielding widens the race windows this test sets out to hit.
  @SuppressWarnings("ThreadPriorityCheck")
  private void restock(AtomicInteger lastEvicted, long hitsBefore) {
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (var i = 0;
        i < 3_000
            || (cache.productStats().hitCount() == hitsBefore && System.nanoTime() < deadline);
        i++) {
      var committed = mugs.changeStock(1);
      cache.evict(MUG);
      lastEvicted.accumulateAndGet(committed, Math::max);
      if (i % 4 == 0) {
        Thread.yield();
      }
    }
  }

  // Yielding widens the race windows this test sets out to hit.
  @SuppressWarnings("ThreadPriorityCheck")
  private int productStock() {
    return cache
        .product(
            MUG,
            () -> {
              var stock = mugs.stock();
              Thread.yield();
              return Optional.of(FakeCatalog.product(MUG, stock));
            })
        .orElseThrow()
        .stock();
  }

  // Yielding widens the race windows this test sets out to hit.
  @SuppressWarnings("ThreadPriorityCheck")
  private int listingStock() {
    return cache
        .listing(
            ALL,
            FIRST,
            () -> {
              var stock = mugs.stock();
              Thread.yield();
              return mugs.listingOf(stock, FIRST);
            })
        .items()
        .getFirst()
        .stock();
  }

  /** Waits until every reader is parked or blocked: one in the load, the others on its result. */
  private void awaitAllWaiting() throws InterruptedException {
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline && !allWaiting()) {
      Thread.sleep(5);
    }
  }

  private boolean allWaiting() {
    return readerThreads.size() == 8
        && readerThreads.stream()
            .map(Thread::getState)
            .allMatch(
                state ->
                    state == Thread.State.BLOCKED
                        || state == Thread.State.WAITING
                        || state == Thread.State.TIMED_WAITING);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
