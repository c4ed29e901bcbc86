package dev.kassa.bench;

import java.util.Map;
import java.util.Optional;

/**
 * The shop's catalog, when the running server has it: a probe of {@code GET /v1/products}, and
 * products created by the admin so that listing pages are full.
 */
final class Catalog {

  static final int PAGE = 20;

  private Catalog() {}

  /** Why the listing cannot be measured on this server, or empty when it can. */
  static Optional<String> unavailable(Api api) throws Exception {
    int status = api.get("/v1/products?limit=1", null).status();
    return switch (status) {
      case 200 -> Optional.empty();
      case 404 -> Optional.of("GET /v1/products answered 404: this server has no shop routes");
      default -> Optional.of("GET /v1/products answered " + status);
    };
  }

  /** Creates {@code count} products in category {@code bench}; answers the number of pages. */
  static int seed(Api api, String adminToken, int count) throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    Fixture.inParallel(
        count,
        index ->
            api.post(
                    "/v1/products",
                    adminToken,
                    Map.of(
                        "sku",
                        "BENCH-" + run + "-" + index,
                        "name",
                        "Bench product " + index,
                        "description",
                        "A product made by the load benchmark",
                        "price",
                        100 + index,
                        "currency",
                        Fixture.CURRENCY,
                        "category",
                        "bench",
                        "stock",
                        1000),
                    null)
                .expect(201, "create product"));
    return Math.max(1, count / PAGE);
  }
}
