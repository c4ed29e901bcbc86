package dev.kassa.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void inFlightRequestFinishesWhileTheServerStops() throws Exception {
    var entered = new CountDownLatch(1);
    Controller slow =
        routes ->
            routes.get(
                "/v1/slow",
                RouteAccess.PUBLIC,
                call -> {
                  entered.countDown();
                  Thread.sleep(1500);
                  call.ok(Map.of("done", true));
                });
    var api = TestApi.start(slow);
    var client = HttpClient.newHttpClient();
    var pending =
        client.sendAsync(
            HttpRequest.newBuilder(api.uri("/v1/slow")).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    api.close();

    var response = pending.get(5, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"done\":true");
  }
}
