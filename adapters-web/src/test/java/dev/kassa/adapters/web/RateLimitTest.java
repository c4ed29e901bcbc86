package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.ratelimit.RateLimitPolicy;
import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private TestApi api;

  @AfterEach
  void stop() {
    api.close();
  }

  private void start(boolean trustForwardedFor) {
    api =
        TestApi.start(
            TestApi.settings()
                .withRateLimits(RateLimitPolicy.of(3, 2))
                .withTrustForwardedFor(trustForwardedFor),
            new SampleController());
  }

  private HttpResponse<String> getFrom(String ip, String... headers) {
    var all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = "203.0.113.9, " + ip;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return api.get("/v1/things", all);
  }

  private HttpResponse<String> loginFrom(String ip, String email) {
    return api.postJson(
        "/v1/auth/login",
        "{\"email\": \"" + email + "\", \"password\": \"secret-secret\"}",
        "X-Forwarded-For",
        ip);
  }

  @Test
  void callerOverTheLimitIsRateLimitedWithRetryAfter() {
    start(true);
    for (var i = 0; i < 3; i++) {
      assertThat(getFrom("10.0.0.1").statusCode()).isEqualTo(200);
    }

    var response = getFrom("10.0.0.1");

    assertError(response, 429, "rate_limited");
    var retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(getFrom("10.0.0.2").statusCode()).isEqualTo(200);
  }

  @Test
  void authenticatedCallerIsCountedPerUserWhateverTheAddress() {
    start(true);
    var customer = "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN;
    for (var i = 0; i < 3; i++) {
      assertThat(
              api.get("/v1/me", "Authorization", customer, "X-Forwarded-For", "10.0.1." + i)
                  .statusCode())
          .isEqualTo(200);
    }

    assertError(
        api.get("/v1/me", "Authorization", customer, "X-Forwarded-For", "10.0.1.9"),
        429,
        "rate_limited");
    var other = "Bearer " + FakeAuthenticator.OTHER_CUSTOMER_TOKEN;
    assertThat(
            api.get("/v1/me", "Authorization", other, "X-Forwarded-For", "10.0.1.9").statusCode())
        .isEqualTo(200);
  }

  @Test
  void failedAuthenticationCountsAgainstTheAddress() {
    start(true);
    for (var i = 0; i < 3; i++) {
      assertError(
          api.get("/v1/me", "Authorization", "Bearer forged.x", "X-Forwarded-For", "10.0.2.1"),
          401,
          "unauthenticated");
    }

    assertError(
        api.get("/v1/me", "Authorization", "Bearer forged.x", "X-Forwarded-For", "10.0.2.1"),
        429,
        "rate_limited");
  }

  @Test
  void loginIsLimitedPerAddress() {
    start(true);
    assertThat(loginFrom("10.0.3.1", "a@example.com").statusCode()).isEqualTo(200);
    assertThat(loginFrom("10.0.3.1", "b@example.com").statusCode()).isEqualTo(200);

    assertError(loginFrom("10.0.3.1", "c@example.com"), 429, "rate_limited");
  }

  @Test
  void loginIsLimitedPerEmailAcrossAddressesIgnoringCase() {
    start(true);
    assertThat(loginFrom("10.0.4.1", "victim@example.com").statusCode()).isEqualTo(200);
    assertThat(loginFrom("10.0.4.2", "Victim@Example.com").statusCode()).isEqualTo(200);

    assertError(loginFrom("10.0.4.3", "victim@example.com"), 429, "rate_limited");
    assertThat(loginFrom("10.0.4.4", "someone@example.com").statusCode()).isEqualTo(200);
  }

  @Test
  void requestsToUnknownRoutesCountToo() {
    start(true);
    for (var i = 0; i < 3; i++) {
      assertError(api.get("/v1/probe-" + i, "X-Forwarded-For", "10.0.6.1"), 404, "not_found");
    }

    assertError(api.get("/v1/probe-9", "X-Forwarded-For", "10.0.6.1"), 429, "rate_limited");
  }

  @Test
  void forwardedForIsIgnoredUnlessTrusted() {
    start(false);
    for (var i = 0; i < 3; i++) {
      assertThat(getFrom("10.0.5." + i).statusCode()).isEqualTo(200);
    }

    assertError(getFrom("10.0.5.9"), 429, "rate_limited");
  }
}
