package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;

/**
 * Two servers on one database and one Redis share the product cache and the rate limits, and a
 * Redis that stops mid-run costs no request a 5xx. The outage test runs last: it stops and restarts
 * the servers' Redis, after which a server may still sit out its pause before it calls Redis again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedRedisE2ETest {

  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis();

  /**
   * Each server's first Redis call happens on a cold JVM and may outlast the 1 s timeout; Kassa
   * then counts Redis as down for a second (by design). Touch Redis from both, wait that second out
   * and touch it again, so the tests start with both servers on Redis.
   */
  @BeforeAll
  static void bothServersOnRedis() throws InterruptedException {
    for (int round = 0; round < 2; round++) {
      for (var http : List.of(KASSA.httpA, KASSA.httpB)) {
        http.get("/v1/products?category=warm-up").send().expect(200);
      }
      Thread.sleep(1_200);
    }
  }

  @AfterAll
  static void stop() {
    KASSA.close();
  }

  @Test
  @Order(1)
  void aListingCachedOnBReflectsASaleCommittedOnA() {
    var category = "e2e-" + UUID.randomUUID().toString().substring(0, 13);
    var product = createProduct(category, 5);
    var listing = "/v1/products?category=" + category;
    assertThat(stockIn(KASSA.httpB.get(listing).send().expect(200))).isEqualTo(5);
    assertThat(cachedListings()).isPositive();

    var buyer = new Bank(KASSA.httpA).register();
    var account = new Bank(KASSA.httpA).fundedAccount(buyer, 100_000);
    KASSA
        .httpA
        .post("/v1/purchases")
        .as(buyer)
        .json(Map.of("productId", product, "quantity", 2, "accountId", account))
        .send()
        .expect(201);

    assertThat(stockIn(KASSA.httpB.get(listing).send().expect(200))).isEqualTo(3);
    assertThat(KASSA.httpB.get("/v1/products/" + product).send().expect(200).get("stock").asInt())
        .isEqualTo(3);
  }

  @Test
  @Order(2)
  void aRateLimitSpentOnAIsSpentOnB() {
    var caller = new Bank(KASSA.httpA).register();
    var limit = TwoServersOnRedis.REQUESTS_PER_MINUTE;
    for (var i = 0; i < limit; i++) {
      var http = i % 2 == 0 ? KASSA.httpA : KASSA.httpB;
      http.get("/v1/accounts").as(caller).send().expect(200);
    }

    KASSA.httpA.get("/v1/accounts").as(caller).send().expectError(429, "rate_limited");
    KASSA.httpB.get("/v1/accounts").as(caller).send().expectError(429, "rate_limited");
  }

  @Test
  @Order(3)
  void redisStoppingMidRunCostsNoRequestA5xxAndIsUsedAgainWhenBack() throws Exception {
    var category = "e2e-" + UUID.randomUUID().toString().substring(0, 13);
    var product = createProduct(category, 7);
    var listing = "/v1/products?category=" + category;
    KASSA.httpB.get(listing).send().expect(200);

    KASSA.redis.stop();
    var statuses = new ArrayList<Integer>();
    try {
      var buyer = new Bank(KASSA.httpA).register();
      var account = new Bank(KASSA.httpA).fundedAccount(buyer, 100_000);
      KASSA
          .httpA
          .post("/v1/purchases")
          .as(buyer)
          .json(Map.of("productId", product, "quantity", 1, "accountId", account))
          .send()
          .expect(201);
      statuses.addAll(spend(buyer, TwoServersOnRedis.REQUESTS_PER_MINUTE + 1));
      assertThat(stockIn(KASSA.httpB.get(listing).send().expect(200))).isEqualTo(6);
    } finally {
      KASSA.redis.startAgain();
    }

    assertThat(statuses).allMatch(status -> status < 500);
    assertThat(statuses.getLast())
        .as("this process counted alone, and kept the limit")
        .isEqualTo(429);
    Thread.sleep(1_500);
    assertThat(stockIn(KASSA.httpB.get(listing).send().expect(200))).isEqualTo(6);
    assertThat(cachedListings()).isPositive();
  }

  /** Requests {@code count} reads as {@code caller} from server A; returns their statuses. */
  private static List<Integer> spend(Caller caller, int count) {
    var statuses = new ArrayList<Integer>();
    for (var i = 0; i < count; i++) {
      statuses.add(KASSA.httpA.get("/v1/accounts").as(caller).send().status());
    }
    return statuses;
  }

  private static String createProduct(String category, int stock) {
    var admin = new Bank(KASSA.httpA).logIn(KASSA.adminEmail, KASSA.adminPassword);
    var fields = new HashMap<String, Object>();
    fields.put("sku", "E2E-" + UUID.randomUUID());
    fields.put("name", "Shared mug");
    fields.put("description", "A mug two servers sell");
    fields.put("price", 1299);
    fields.put("currency", Bank.CURRENCY);
    fields.put("category", category);
    fields.put("stock", stock);
    fields.put("imageUrls", List.of("https://img.example.com/" + UUID.randomUUID() + ".png"));
    return KASSA
        .httpA
        .post("/v1/products")
        .as(admin)
        .json(fields)
        .send()
        .expect(201)
        .get("id")
        .asText();
  }

  private static int stockIn(com.fasterxml.jackson.databind.JsonNode page) {
    assertThat(page.get("data")).hasSize(1);
    return page.at("/data/0/stock").asInt();
  }

  private static long cachedListings() {
    try (var jedis = new Jedis(KASSA.redis.url())) {
      return jedis.keys("kassa:products:listing:*").size();
    }
  }
}
