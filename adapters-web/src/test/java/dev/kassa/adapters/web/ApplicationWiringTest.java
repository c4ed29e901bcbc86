package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.auth.AccessTokenClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The infrastructure wired to the application's real authentication and idempotent runner. */
class ApplicationWiringTest {

  record Amount(@Required Long amount) {}

  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");
  private final AtomicInteger effects = new AtomicInteger();
  private Kassa kassa;
  private TestApi api;
  private AuthResult ann;

  @BeforeEach
  void start() {
    var security =
        new Cryptography(
            new FakePasswordHasher(),
            new JwtAccessTokens(
                "a-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)),
            new HmacCardFingerprints(new byte[32]));
    kassa = Kassa.assemble(InMemoryPorts.create(clock), security, clock, AuthSettings.defaults());
    Controller controller =
        routes ->
            routes
                .get(
                    "/v1/auth/me",
                    RouteAccess.USER,
                    call ->
                        call.ok(
                            Map.of(
                                "id", call.actor().id().toString(),
                                "jti", claims(call).jti())))
                .post(
                    "/v1/auth/logout",
                    RouteAccess.USER,
                    call -> {
                      kassa.logOut().execute(claims(call));
                      call.noContent();
                    })
                .post(
                    "/v1/transfers",
                    RouteAccess.USER,
                    call -> {
                      var request = call.body(Amount.class);
                      call.idempotent(
                          201,
                          () -> Map.of("n", effects.incrementAndGet(), "amount", request.amount()));
                    });
    api =
        TestApi.of(
            HttpApi.create(
                TestApi.settings(),
                Authenticator.using(kassa.authenticate()),
                kassa.idempotency(),
                List.of(controller)));
    ann =
        kassa
            .registerUser()
            .execute(
                new RegisterUser.Command(
                    "ann@example.com", "correct horse battery", "Ann", "Lee", null, null, null));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static AccessTokenClaims claims(Call call) {
    return call.principal().orElseThrow().claims(AccessTokenClaims.class);
  }

  private String bearer() {
    return "Bearer " + ann.accessToken().token();
  }

  @Test
  void realTokenAuthenticatesAndCarriesItsClaims() {
    var response = api.get("/v1/auth/me", "Authorization", bearer());

    assertThat(response.statusCode()).isEqualTo(200);
    var body = TestApi.json(response);
    assertThat(body.get("id").asText()).isEqualTo(ann.user().id().toString());
    assertThat(body.get("jti").asText()).isEqualTo(ann.accessToken().jti());
  }

  @Test
  void tamperedTokenIsUnauthenticated() {
    assertError(api.get("/v1/auth/me", "Authorization", bearer() + "x"), 401, "unauthenticated");
  }

  @Test
  void expiredTokenIsTokenExpired() {
    clock.advance(Duration.ofMinutes(20));

    assertError(api.get("/v1/auth/me", "Authorization", bearer()), 401, "token_expired");
  }

  @Test
  void loggedOutTokenNoLongerAuthenticates() {
    var logout =
        api.send(
            api.request("/v1/auth/logout")
                .header("Authorization", bearer())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

    assertThat(logout.statusCode()).isEqualTo(204);
    assertError(api.get("/v1/auth/me", "Authorization", bearer()), 401, "unauthenticated");
  }

  @Test
  void retryIsReplayedByTheApplicationRunner() {
    var first =
        api.postJson(
            "/v1/transfers", "{\"amount\": 5}", "Authorization", bearer(), "Idempotency-Key", "k1");
    var retry =
        api.postJson(
            "/v1/transfers", "{\"amount\": 5}", "Authorization", bearer(), "Idempotency-Key", "k1");
    var reused =
        api.postJson(
            "/v1/transfers", "{\"amount\": 6}", "Authorization", bearer(), "Idempotency-Key", "k1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertError(reused, 422, "idempotency_key_reused");
    assertThat(effects.get()).isEqualTo(1);
  }
}
