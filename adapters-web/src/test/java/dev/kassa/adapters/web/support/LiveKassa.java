package dev.kassa.adapters.web.support;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.application.Cryptography;
import dev.kassa.application.EventSettings;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.PasswordResetSettings;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.catalog.ProductCacheEviction;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.events.EventConsumers;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.fakes.RecordingMailer;
import dev.kassa.application.payments.PaymentSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real application (in-memory storage, real JWTs, a fast fake password hasher, a {@link
 * FakeGateway} as payment provider) behind the real HTTP API on a free local port, with helpers to
 * make users and send authorized requests.
 */
public final class LiveKassa implements AutoCloseable {

  public static final String PASSWORD = "correct horse battery";

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();

  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");
  private final RecordingMailer mailer = new RecordingMailer();
  private final FakeGateway gateway;
  private final Kassa kassa;
  private final TestApi api;

  private LiveKassa(Function<Kassa, List<Controller>> controllers) {
    var security =
        new Cryptography(
            new FakePasswordHasher(),
            new JwtAccessTokens(
                "a-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)),
            new HmacCardFingerprints(new byte[32]));
    var storage = InMemoryPorts.create(clock);
    gateway = new FakeGateway(clock, storage.transactions());
    kassa =
        Kassa.assemble(
            storage,
            security,
            clock,
            AuthSettings.defaults(),
            new UncachedProducts(),
            PaymentSettings.through(gateway),
            EventSettings.defaults(),
            PasswordResetSettings.defaults(),
            mailer,
            EventConsumers.of(List.of(new ProductCacheEviction(new UncachedProducts()))));
    api =
        TestApi.of(
            HttpApi.create(
                TestApi.settings(),
                Authenticator.using(kassa.authenticate()),
                kassa.idempotency(),
                controllers.apply(kassa)));
  }

  /** Starts the API with the controllers {@code controllers} builds from the application. */
  public static LiveKassa start(Function<Kassa, List<Controller>> controllers) {
    return new LiveKassa(controllers);
  }

  public Kassa kassa() {
    return kassa;
  }

  public TestApi api() {
    return api;
  }

  /** The payment provider of gateway checkouts and of the {@code /pay} page. */
  public FakeGateway gateway() {
    return gateway;
  }

  /** Where password-reset mails go. */
  public RecordingMailer mailer() {
    return mailer;
  }

  public MutableClock clock() {
    return clock;
  }

  /** Registers a customer with a fresh email, through the use case. */
  public AuthResult customer() {
    return kassa
        .registerUser()
        .execute(
            new RegisterUser.Command(
                "user-" + UUID.randomUUID() + "@example.com",
                PASSWORD,
                "Test",
                "User",
                null,
                null,
                null));
  }

  /** Creates an admin with a fresh email and logs them in, through the use cases. */
  public AuthResult admin() {
    var email = "admin-" + UUID.randomUUID() + "@example.com";
    kassa.ensureAdmin().execute(new EnsureAdmin.Command(email, PASSWORD));
    return kassa.logIn().execute(new LogIn.Command(email, PASSWORD, null));
  }

  /**
   * Sends any request with the given headers (name, value, ...), with a body declared as JSON
   * unless the headers say otherwise when {@code json} is not null, and checks the response against
   * the OpenAPI document before handing it over.
   */
  public HttpResponse<String> send(String method, String path, String json, String... headers) {
    var request = api.request(path);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .setHeader("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    var response = api.send(request);
    CONTRACT.assertConforms(response);
    return response;
  }

  /** The {@code Authorization} header pair for {@code user}. */
  public static String[] bearer(AuthResult user) {
    return new String[] {"Authorization", "Bearer " + user.accessToken().token()};
  }

  @Override
  public void close() {
    api.close();
  }
}
