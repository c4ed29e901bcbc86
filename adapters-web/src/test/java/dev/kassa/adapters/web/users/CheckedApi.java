package dev.kassa.adapters.web.users;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.admin.AdminController;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.notifications.NotificationsController;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The real application behind the user and admin routes, with an HTTP client that checks every
 * response against the OpenAPI document before handing it to the test.
 */
public final class CheckedApi implements AutoCloseable {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();

  private final LiveKassa live;

  private CheckedApi(LiveKassa live) {
    this.live = live;
  }

  public static CheckedApi start() {
    return new CheckedApi(LiveKassa.start(CheckedApi::controllers));
  }

  /** The controllers of this change, built from the application as the server wiring does. */
  public static List<Controller> controllers(Kassa kassa) {
    return List.of(
        new AuthController(
            kassa.registerUser(),
            kassa.logIn(),
            kassa.refreshSession(),
            kassa.logOut(),
            kassa.getCurrentUser(),
            kassa.updateProfile(),
            new ClientAddress(false)),
        new PasswordController(
            kassa.changePassword(),
            kassa.requestPasswordReset(),
            kassa.resetPassword(),
            new ClientAddress(false)),
        new AdminUsersController(kassa.listUsers(), kassa.updateUser()),
        new AccountHoldersController(kassa.listAccountHolders(), kassa.getAccountHolder()),
        new AdminController(
            kassa.listAuditEvents(), kassa.verifyLedger(), kassa.listReceivedEvents()),
        new NotificationsController(
            kassa.listNotifications(), kassa.readNotification(), kassa.readAllNotifications()));
  }

  public LiveKassa live() {
    return live;
  }

  public AuthResult customer() {
    return live.customer();
  }

  public AuthResult admin() {
    return live.admin();
  }

  public static String[] bearer(String accessToken) {
    return new String[] {"Authorization", "Bearer " + accessToken};
  }

  public static String[] bearer(AuthResult user) {
    return LiveKassa.bearer(user);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return checked(live.api().get(path, headers));
  }

  public HttpResponse<String> post(String path, String json, String... headers) {
    return checked(live.api().postJson(path, json, headers));
  }

  /**
   * A JSON post that waits for "100 Continue" before its body: an oversized body is answered from
   * its Content-Length, and the client reads that answer whatever the timing.
   */
  public HttpResponse<String> postAwaitingContinue(String path, String json, String... headers) {
    var request =
        live.api()
            .request(path)
            .expectContinue(true)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return checked(live.api().send(headers.length == 0 ? request : request.headers(headers)));
  }

  public HttpResponse<String> postEmpty(String path, String... headers) {
    var request = live.api().request(path).POST(HttpRequest.BodyPublishers.noBody());
    return checked(live.api().send(headers.length == 0 ? request : request.headers(headers)));
  }

  public HttpResponse<String> patch(String path, String json, String... headers) {
    var request =
        live.api()
            .request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    return checked(live.api().send(headers.length == 0 ? request : request.headers(headers)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return checked(live.api().send(request));
  }

  /** Registers over HTTP and returns the {@code 201} body. */
  public JsonNode register(String email) {
    var response =
        post(
            "/v1/auth/register",
            "{\"email\": \"%s\", \"password\": \"%s\", \"firstName\": \"Ann\", \"lastName\": \"Lee\"}"
                .formatted(email, LiveKassa.PASSWORD));
    if (response.statusCode() != 201) {
      throw new AssertionError("Registration failed: " + response.body());
    }
    return TestApi.json(response);
  }

  public HttpResponse<String> logIn(String email, String password) {
    return post(
        "/v1/auth/login", "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
  }

  public HttpResponse<String> refresh(String refreshToken) {
    return post("/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(refreshToken));
  }

  private static HttpResponse<String> checked(HttpResponse<String> response) {
    CONTRACT.assertConforms(response);
    return response;
  }

  @Override
  public void close() {
    live.close();
  }
}
