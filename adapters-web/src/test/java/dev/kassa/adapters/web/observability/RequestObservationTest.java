package dev.kassa.adapters.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.ratelimit.SharedBuckets;
import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The observer sees every request once, with its route template (never the raw path), its status,
 * the JSON body its handler read, and the {@code traceparent} it came with.
 */
class RequestObservationTest {

  private static final List<ObservedRequest> SEEN = new CopyOnWriteArrayList<>();
  private static final List<String> TRACEPARENTS = new CopyOnWriteArrayList<>();
  private static TestApi api;

  @BeforeAll
  static void start() {
    RequestObserver observer =
        (method, traceparent) -> {
          TRACEPARENTS.add(String.valueOf(traceparent));
          return new RequestObserver.InFlight() {
            @Override
            public Optional<String> traceId() {
              return Optional.empty();
            }

            @Override
            public void end(ObservedRequest request) {
              SEEN.add(request);
            }
          };
        };
    api =
        TestApi.of(
            HttpApi.create(
                TestApi.settings(),
                new FakeAuthenticator(),
                TestApi.inMemoryIdempotency(),
                List.of(new SampleController()),
                SharedBuckets.none(),
                observer));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aMatchedRequestIsSeenByItsRouteTemplate() throws InterruptedException {
    var id = UUID.randomUUID().toString();
    var before = SEEN.size();
    api.get("/v1/things/" + id, "Authorization", "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

    assertThat(next(before))
        .satisfies(
            seen -> {
              assertThat(seen.route()).isEqualTo("/v1/things/{id}");
              assertThat(seen.status()).isEqualTo(200);
              assertThat(seen.durationNanos()).isPositive();
              assertThat(seen.body().isMissingNode()).isTrue();
              assertThat(seen.replayed()).isFalse();
            });
  }

  @Test
  void theBodyTheHandlerReadIsSeen() throws InterruptedException {
    var before = SEEN.size();
    api.postJson(
        "/v1/things",
        "{\"name\":\"lamp\",\"amount\":1200}",
        "Authorization",
        "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

    var seen = next(before);
    assertThat(seen.route()).isEqualTo("/v1/things");
    assertThat(seen.status()).isEqualTo(201);
    assertThat(seen.succeeded()).isTrue();
    assertThat(seen.body().path("amount").asLong()).isEqualTo(1200);
  }

  @Test
  void everyUnmatchedPathIsSeenAsOneRoute() throws InterruptedException {
    var path = "/nowhere-" + UUID.randomUUID();
    var before = SEEN.size();
    api.get(path, "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    var seen = next(before);
    assertThat(seen.route()).isEqualTo(ObservedRequest.UNMATCHED);
    assertThat(seen.status()).isEqualTo(404);
    assertThat(SEEN).noneMatch(request -> request.route().contains("nowhere"));
    assertThat(TRACEPARENTS).contains("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  }

  /** The request seen after the first {@code before}; it ends just after its answer is sent. */
  private static ObservedRequest next(int before) throws InterruptedException {
    var deadline = System.nanoTime() + 5_000_000_000L;
    while (SEEN.size() <= before && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(SEEN).hasSizeGreaterThan(before);
    return SEEN.get(before);
  }
}
