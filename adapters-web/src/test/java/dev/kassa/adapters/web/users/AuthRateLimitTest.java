package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.adapters.web.ratelimit.RateLimitPolicy;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auth routes behind one trusted proxy, with a strict limit of two attempts a minute: the
 * limiter finds the email in their bodies, and login records the address the limiter counts.
 */
class AuthRateLimitTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();

  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");
  private Kassa kassa;
  private TestApi api;

  @BeforeEach
  void start() {
    var security =
        new Cryptography(
            new FakePasswordHasher(),
            new JwtAccessTokens(
                "a-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)),
            new HmacCardFingerprints(new byte[32]));
    kassa = Kassa.assemble(InMemoryPorts.create(clock), security, clock, AuthSettings.defaults());
    var settings =
        TestApi.settings().withRateLimits(RateLimitPolicy.of(100, 2)).withTrustForwardedFor(true);
    var controller =
        new AuthController(
            kassa.registerUser(),
            kassa.logIn(),
            kassa.refreshSession(),
            kassa.logOut(),
            kassa.getCurrentUser(),
            kassa.updateProfile(),
            new ClientAddress(true));
    var passwords =
        new PasswordController(
            kassa.changePassword(),
            kassa.requestPasswordReset(),
            kassa.resetPassword(),
            new ClientAddress(true));
    api =
        TestApi.of(
            HttpApi.create(
                settings,
                Authenticator.using(kassa.authenticate()),
                kassa.idempotency(),
                List.of(controller, passwords)));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> logInFrom(String ip, String email) {
    return checked(
        api.postJson(
            "/v1/auth/login",
            "{\"email\": \"%s\", \"password\": \"not the password\"}".formatted(email),
            "X-Forwarded-For",
            ip));
  }

  private HttpResponse<String> registerFrom(String ip, String email) {
    return checked(
        api.postJson(
            "/v1/auth/register",
            "{\"email\": \"%s\", \"password\": \"%s\", \"firstName\": \"Ann\", \"lastName\": \"Lee\"}"
                .formatted(email, LiveKassa.PASSWORD),
            "X-Forwarded-For",
            ip));
  }

  private HttpResponse<String> resetFrom(String ip, String email) {
    return checked(
        api.postJson(
            "/v1/auth/password-reset",
            "{\"email\": \"%s\"}".formatted(email),
            "X-Forwarded-For",
            ip));
  }

  private static HttpResponse<String> checked(HttpResponse<String> response) {
    CONTRACT.assertConforms(response);
    return response;
  }

  @Test
  void loginAttemptsAreCountedPerEmailWhateverTheAddressAndCase() {
    assertThat(logInFrom("10.0.0.1", "ann@example.com").statusCode()).isEqualTo(401);
    assertThat(logInFrom("10.0.0.2", "ANN@example.com").statusCode()).isEqualTo(401);

    assertError(logInFrom("10.0.0.3", "Ann@Example.com"), 429, "rate_limited");
    assertThat(logInFrom("10.0.0.3", "bob@example.com").statusCode()).isEqualTo(401);
  }

  @Test
  void registrationsAreCountedPerEmailToo() {
    assertThat(registerFrom("10.0.0.1", "ann@example.com").statusCode()).isEqualTo(201);
    assertError(registerFrom("10.0.0.2", "ann@example.com"), 409, "email_taken");

    assertError(registerFrom("10.0.0.3", "ann@example.com"), 429, "rate_limited");
  }

  @Test
  void resetRequestsAreCountedPerEmailAndPerAddress() {
    assertThat(resetFrom("10.0.0.1", "ann@example.com").statusCode()).isEqualTo(202);
    assertThat(resetFrom("10.0.0.2", "ANN@example.com").statusCode()).isEqualTo(202);

    assertError(resetFrom("10.0.0.3", "ann@example.com"), 429, "rate_limited");
    assertThat(resetFrom("10.0.0.4", "bob@example.com").statusCode()).isEqualTo(202);
    assertThat(resetFrom("10.0.0.4", "carol@example.com").statusCode()).isEqualTo(202);
    assertError(resetFrom("10.0.0.4", "dave@example.com"), 429, "rate_limited");
  }

  @Test
  void aLoginAttemptRecordsTheAddressTheLimiterCounts() {
    logInFrom("198.51.100.1, 203.0.113.7", "ann@example.com");

    var events =
        kassa
            .listAuditEvents()
            .execute(new Actor(UserId.newId(), Role.ADMIN), PageRequest.defaults())
            .items();
    assertThat(events)
        .filteredOn(event -> event.type().equals(AuditTypes.LOGIN_FAILED))
        .singleElement()
        .satisfies(event -> assertThat(event.details()).containsEntry("ip", "203.0.113.7"));
  }
}
