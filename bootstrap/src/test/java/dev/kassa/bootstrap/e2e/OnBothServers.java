package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.images.TestImages;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Steps and checks for tests of {@link TwoServersOnRedis}: each check is made through both servers,
 * which must agree.
 */
final class OnBothServers {

  private static final Duration EVICTION_WAIT = Duration.ofSeconds(10);
  private static final String REPLAYED = "Idempotent-Replayed";
  private static final int RACERS = 10;

  private final TwoServersOnRedis kassa;
  private final Caller admin;

  OnBothServers(TwoServersOnRedis kassa) {
    this.kassa = kassa;
    this.admin = new Bank(kassa.httpA).logIn(kassa.adminEmail, kassa.adminPassword);
  }

  List<KassaHttp> servers() {
    return List.of(kassa.httpA, kassa.httpB);
  }

  /** Server A when {@code onA}, else server B. */
  KassaHttp server(boolean onA) {
    return onA ? kassa.httpA : kassa.httpB;
  }

  /** The same JSON read through both servers, as {@code reader}; returns it. */
  JsonNode read(String path, Caller reader) {
    return sameOnBoth(path, http -> http.get(path).as(reader));
  }

  /** The same public JSON read through both servers, without a token; returns it. */
  JsonNode read(String path) {
    return sameOnBoth(path, http -> http.get(path));
  }

  private JsonNode sameOnBoth(String path, Function<KassaHttp, KassaHttp.Request> request) {
    var fromA = request.apply(kassa.httpA).send().expect(200);
    var fromB = request.apply(kassa.httpB).send().expect(200);
    assertThat(fromB).as("%s through B and through A", path).isEqualTo(fromA);
    return fromA;
  }

  /** A product created by the administrator through server A; returns its id. */
  String createProduct(String name, long cents, int stock) {
    var fields = new HashMap<String, Object>();
    fields.put("sku", "E2E-" + UUID.randomUUID());
    fields.put("name", name);
    fields.put("description", "Sold by two servers at once");
    fields.put("price", cents);
    fields.put("currency", Bank.CURRENCY);
    fields.put("category", "e2e-" + UUID.randomUUID().toString().substring(0, 13));
    fields.put("stock", stock);
    fields.put("imageUrls", List.of("https://img.example.com/" + UUID.randomUUID() + ".png"));
    return kassa
        .httpA
        .post("/v1/products")
        .as(admin)
        .json(fields)
        .send()
        .expect(201)
        .get("id")
        .asText();
  }

  /** A PNG uploaded to the product by the administrator through server A; returns its URL. */
  String uploadImage(String productId) {
    return kassa
        .httpA
        .post("/v1/products/" + productId + "/images")
        .as(admin)
        .file("file", "lamp.png", "image/png", TestImages.png(8, 8))
        .send()
        .expect(201)
        .get("url")
        .asText();
  }

  /**
   * Waits until both servers show {@code expected} units of the product (a cached copy is evicted
   * once the sale's change is delivered), failing on any stock below zero on the way.
   */
  void awaitStock(String productId, int expected) {
    var deadline = Instant.now().plus(EVICTION_WAIT);
    for (var http : servers()) {
      while (true) {
        var stock = http.get("/v1/products/" + productId).send().expect(200).get("stock").asInt();
        assertThat(stock).isNotNegative();
        if (stock == expected || Instant.now().isAfter(deadline)) {
          assertThat(stock).isEqualTo(expected);
          break;
        }
        pause();
      }
    }
  }

  /** The ledger verification, asked of each server, finds no problem. */
  void assertLedgerIsSound() {
    for (var http : servers()) {
      var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
      assertThat(verification.get("problems")).as(verification.toString()).isEmpty();
      assertThat(verification.get("ok").asBoolean()).isTrue();
      assertThat(verification.get("checkedEntries").asLong()).isPositive();
    }
  }

  /** An account of {@code owner} in {@code currency} holding {@code cents}; returns its id. */
  String fundedAccount(KassaHttp http, Caller owner, String currency, long cents) {
    var id =
        http.post("/v1/accounts")
            .as(owner)
            .json(Map.of("type", "checking", "currency", currency))
            .send()
            .expect(201)
            .get("id")
            .asText();
    http.post("/v1/transactions")
        .as(owner)
        .json(Map.of("accountId", id, "type", "deposit", "amount", cents, "currency", currency))
        .send()
        .expect(201);
    return id;
  }

  /**
   * Sends {@code request} {@link #RACERS} times at once, alternately to A and B, then once more to
   * each: exactly one answer is an original 201, every other one replays it or is {@code 409
   * idempotency_key_in_use}, and the two retries replay it. Returns the original's body.
   */
  JsonNode raceOnBoth(Function<KassaHttp, Reply> request) {
    var replies =
        Parallel.run(
            RACERS,
            IntStream.range(0, RACERS)
                .<Supplier<Reply>>mapToObj(i -> () -> request.apply(server(i % 2 == 0)))
                .toList());

    var originals =
        replies.stream()
            .filter(reply -> reply.status() == 201 && reply.header(REPLAYED).isEmpty())
            .toList();
    assertThat(originals).as("answers without a replay").hasSize(1);
    var original = originals.getFirst().json();
    for (var reply : replies) {
      if (reply.status() == 201) {
        assertThat(reply.json()).as(reply.describe()).isEqualTo(original);
      } else {
        reply.expectError(409, "idempotency_key_in_use");
      }
    }
    for (var http : servers()) {
      var retry = request.apply(http);
      assertThat(retry.expect(201)).isEqualTo(original);
      assertThat(retry.header(REPLAYED)).contains("true");
    }
    return original;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the stock", interrupted);
    }
  }
}
