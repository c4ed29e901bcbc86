package dev.kassa.bench;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The requests each scenario repeats. */
final class Scenarios {

  private Scenarios() {}

  /** Runs one measured load: a scenario at a concurrency. */
  @FunctionalInterface
  interface Measure {
    void run(String scenario, int concurrency, Load.Request request) throws InterruptedException;
  }

  /** {@code GET /v1/health/live}: routing, filters and JSON with no database: the HTTP floor. */
  static Load.Request live(Api api) {
    return () -> api.get("/v1/health/live", null);
  }

  /** {@code GET /v1/accounts/{id}} of a random account, as its owner: JWT check plus one read. */
  static Load.Request readAccount(Api api, Fixture fixture) {
    var accounts = fixture.accounts();
    return () -> {
      var account = accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()));
      return api.get("/v1/accounts/" + account.id(), account.ownerToken());
    };
  }

  /**
   * {@code POST /v1/transfers} of 1..{@code maxAmount} minor units between two different random
   * accounts, as the owner of the source; with {@code idempotencyKeys}, each with a fresh key.
   */
  static Load.Request transfer(Api api, Fixture fixture, long maxAmount, boolean idempotencyKeys) {
    var accounts = fixture.accounts();
    return () -> {
      var random = ThreadLocalRandom.current();
      int from = random.nextInt(accounts.size());
      int to = random.nextInt(accounts.size() - 1);
      if (to >= from) {
        to++;
      }
      var source = accounts.get(from);
      var body =
          "{\"fromAccountId\":\"%s\",\"toAccountId\":\"%s\",\"amount\":%d,\"currency\":\"%s\"}"
              .formatted(
                  source.id(),
                  accounts.get(to).id(),
                  random.nextLong(1, maxAmount + 1),
                  Fixture.CURRENCY);
      var key = idempotencyKeys ? UUID.randomUUID().toString() : null;
      return api.post("/v1/transfers", source.ownerToken(), body, key);
    };
  }

  /** {@code GET /v1/products} of a random page of {@code pages}: the public catalog listing. */
  static Load.Request listProducts(Api api, int pages) {
    return () -> {
      int offset = ThreadLocalRandom.current().nextInt(pages) * Catalog.PAGE;
      return api.get("/v1/products?limit=" + Catalog.PAGE + "&offset=" + offset, null);
    };
  }
}
