package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyTest {

  private SampleController controller;
  private TestApi api;

  @BeforeEach
  void start() {
    controller = new SampleController();
    api = TestApi.start(controller);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> pay(String token, String key, String body) {
    return key == null
        ? api.postJson("/v1/payments", body, "Authorization", "Bearer " + token)
        : api.postJson(
            "/v1/payments", body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
  }

  @Test
  void withoutAKeyEveryRequestRuns() {
    pay(FakeAuthenticator.CUSTOMER_TOKEN, null, "{\"amount\": 10}");
    var second = pay(FakeAuthenticator.CUSTOMER_TOKEN, null, "{\"amount\": 10}");

    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(controller.paymentsMade()).isEqualTo(2);
  }

  @Test
  void retryWithTheSameKeyAndBodyReplaysTheFirstResponse() {
    var first = pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-1", "{\"amount\": 10}");
    var retry = pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-1", "{ \"amount\" : 10 }");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(controller.paymentsMade()).isEqualTo(1);
  }

  @Test
  void sameKeyWithAnotherBodyIsRefused() {
    pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-2", "{\"amount\": 10}");

    assertError(
        pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-2", "{\"amount\": 11}"),
        422,
        "idempotency_key_reused");
    assertThat(controller.paymentsMade()).isEqualTo(1);
  }

  @Test
  void keysAreScopedToTheCaller() {
    pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-3", "{\"amount\": 10}");
    var other = pay(FakeAuthenticator.OTHER_CUSTOMER_TOKEN, "key-3", "{\"amount\": 10}");

    assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(controller.paymentsMade()).isEqualTo(2);
  }

  @Test
  void refusedRequestIsStoredAndReplayedToo() {
    var first = pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-4", "{\"amount\": 5000}");
    var retry = pay(FakeAuthenticator.CUSTOMER_TOKEN, "key-4", "{\"amount\": 5000}");

    assertError(first, 409, "insufficient_funds");
    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
  }

  @Test
  void answerWithoutBodyIsReplayedWithoutBody() {
    var first =
        api.postJson(
            "/v1/payments/p-1/cancel",
            "",
            "Authorization",
            "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN,
            "Idempotency-Key",
            "cancel-1");
    var retry =
        api.postJson(
            "/v1/payments/p-1/cancel",
            "",
            "Authorization",
            "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN,
            "Idempotency-Key",
            "cancel-1");

    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(retry.statusCode()).isEqualTo(204);
    assertThat(retry.body()).isEmpty();
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(controller.paymentsMade()).isEqualTo(-1);
  }

  @Test
  void sameKeyOnAnotherResourceIsRefused() {
    var auth = "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN;
    api.postJson(
        "/v1/payments/p-1/cancel", "", "Authorization", auth, "Idempotency-Key", "cancel-2");

    var other =
        api.postJson(
            "/v1/payments/p-2/cancel", "", "Authorization", auth, "Idempotency-Key", "cancel-2");

    assertError(other, 422, "idempotency_key_reused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "tab\tkey"})
  void invalidKeyIsRefused(String key) {
    var error =
        assertError(
            pay(FakeAuthenticator.CUSTOMER_TOKEN, key, "{\"amount\": 10}"),
            400,
            "validation_failed");

    assertThat(error.get("details").has("Idempotency-Key")).isTrue();
  }

  @Test
  void keyLongerThan255CharactersIsRefused() {
    assertError(
        pay(FakeAuthenticator.CUSTOMER_TOKEN, "k".repeat(256), "{\"amount\": 10}"),
        400,
        "validation_failed");
    assertThat(
            pay(FakeAuthenticator.CUSTOMER_TOKEN, "k".repeat(255), "{\"amount\": 10}").statusCode())
        .isEqualTo(201);
  }
}
