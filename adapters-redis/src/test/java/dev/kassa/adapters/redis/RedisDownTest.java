package dev.kassa.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kassa.adapters.redis.testing.RedisServerProcess;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A Redis of the test's own stops mid-run and starts again. */
class RedisDownTest {

  private static final PageRequest FIRST = PageRequest.first(20);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

  private final RedisServerProcess server = RedisServerProcess.start();
  private final TestRedis redis = new TestRedis(server.url());
  private final RedisConnection connection = redis.connect(RETRY_PAUSE);
  private final RedisProductCache cache = new RedisProductCache(connection, Duration.ofMinutes(1));
  private final RedisRateLimitBuckets buckets = new RedisRateLimitBuckets(connection);
  private final Catalog catalog = new Catalog(5);
  private final Logger outageLog = (Logger) LoggerFactory.getLogger(RedisOutage.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  RedisDownTest() {
    logged.start();
    outageLog.addAppender(logged);
  }

  @AfterEach
  void cleanUp() {
    outageLog.detachAppender(logged);
    connection.close();
    server.close();
  }

  @Test
  void whileRedisIsDownTheCacheIsBypassedAndBucketsAreNotOffered() {
    readProductAndListing();
    readProductAndListing();
    assertThat(catalog.productLoads).hasValue(1);

    server.stop();
    for (var i = 0; i < 5; i++) {
      assertThat(readProductAndListing()).isEqualTo(5);
      assertThat(buckets.tryConsume("ip:10.0.0.1", RedisRateLimitBucketsTest.THREE_PER_MINUTE))
          .isEmpty();
    }

    assertThat(catalog.productLoads).hasValue(6);
    assertThat(catalog.listingLoads).hasValue(6);
    assertThat(connection.isDown()).isTrue();
    assertThat(logged.list)
        .filteredOn(event -> event.getLevel() == Level.WARN)
        .singleElement()
        .satisfies(event -> assertThat(event.getFormattedMessage()).contains("does not answer"));
  }

  @Test
  void whenRedisIsBackItIsUsedAgainWithTheEvictionsMadeMeanwhile() throws Exception {
    readProductAndListing();
    server.stop();
    readProductAndListing();
    catalog.stock.set(2);
    cache.evict(catalog.id);

    server.startAgain();
    Thread.sleep(RETRY_PAUSE.toMillis() * 2);
    assertThat(readProductAndListing()).isEqualTo(2);
    var loadsWhenBack = catalog.productLoads.get();
    assertThat(readProductAndListing()).isEqualTo(2);

    assertThat(catalog.productLoads).hasValue(loadsWhenBack);
    assertThat(connection.isDown()).isFalse();
    assertThat(buckets.tryConsume("ip:10.0.0.1", RedisRateLimitBucketsTest.THREE_PER_MINUTE))
        .isPresent();
    assertThat(logged.list)
        .filteredOn(event -> event.getLevel() == Level.INFO)
        .singleElement()
        .satisfies(event -> assertThat(event.getFormattedMessage()).contains("answers again"));
  }

  /** Reads through the cache; returns the stock the product and the listing both show. */
  private int readProductAndListing() {
    var product = cache.product(catalog.id, catalog::loadProduct).orElseThrow();
    var listing = cache.listing(ProductQuery.all(), FIRST, () -> catalog.loadListing(FIRST));
    assertThat(listing.items()).containsExactly(product);
    return product.stock();
  }
}
