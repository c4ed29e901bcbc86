package dev.kassa.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One product everyone buys: {@code buyers} customers, each with an account of their own, buy one
 * unit at a time through {@code POST /v1/purchases}, so every sale locks the same product row.
 * Afterwards the stock must not be below zero and must have gone down by exactly the purchases
 * answered 201.
 */
record HotProduct(String productId, List<Fixture.Account> buyers) {

  static final long STOCK = 1_000_000;
  private static final long PRICE = 1;
  private static final long FUNDS = 10_000_000;

  /** Sets the product and its buyers up, measures their purchases and checks the stock. */
  static Ledger.Report run(Api api, String adminToken, int buyers, Scenarios.Measure measure)
      throws Exception {
    var hot = create(api, adminToken, buyers);
    var outcomes = new Outcomes();
    measure.run("hot-product", buyers, outcomes.counting(hot.purchase(api)));
    return hot.check(api, adminToken, outcomes);
  }

  private static HotProduct create(Api api, String adminToken, int buyers) throws Exception {
    var run = "hot-" + UUID.randomUUID().toString().substring(0, 8);
    var product =
        api.post(
                "/v1/products",
                adminToken,
                Map.of(
                    "sku",
                    run.toUpperCase(java.util.Locale.ROOT),
                    "name",
                    "Bench hot product",
                    "description",
                    "The one product every bench buyer buys",
                    "price",
                    PRICE,
                    "currency",
                    Fixture.CURRENCY,
                    "category",
                    "bench",
                    "stock",
                    STOCK),
                null)
            .expect(201, "create the hot product");
    var accounts =
        Fixture.inParallel(
            buyers, index -> Fixture.open(api, Fixture.register(api, run, index), index, FUNDS));
    return new HotProduct(product.json().path("id").asText(), accounts);
  }

  /** Each worker thread buys from the account of its own buyer. */
  private Load.Request purchase(Api api) {
    var next = new AtomicInteger();
    var mine = ThreadLocal.withInitial(() -> buyers.get(next.getAndIncrement() % buyers.size()));
    return () -> {
      var buyer = mine.get();
      var body =
          "{\"productId\":\"%s\",\"quantity\":1,\"accountId\":\"%s\"}"
              .formatted(productId, buyer.id());
      return api.post("/v1/purchases", buyer.ownerToken(), body, null);
    };
  }

  /** The stock checks, as lines of the report, and whether they passed. */
  private Ledger.Report check(Api api, String adminToken, Outcomes outcomes) throws Exception {
    long stock =
        api.get("/v1/products/" + productId, adminToken)
            .expect(200, "read the hot product")
            .json()
            .path("stock")
            .asLong();
    long sold = STOCK - stock;
    boolean passed =
        stock >= 0 && sold >= outcomes.created() && sold <= outcomes.created() + outcomes.unknown();
    var line =
        "hot product: stock %d (never below zero: %s), %d sold for %d purchases answered 201%s -> %s"
            .formatted(
                stock,
                stock >= 0,
                sold,
                outcomes.created(),
                outcomes.unknown() == 0 ? "" : " (+ up to " + outcomes.unknown() + " unknown)",
                passed ? "PASS" : "FAIL");
    return new Ledger.Report(passed, List.of(line));
  }
}
