package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.application.auth.GetCurrentUser;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.LogOut;
import dev.kassa.application.auth.RefreshSession;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.auth.UpdateProfile;
import dev.kassa.domain.auth.AccessTokenClaims;
import java.util.Objects;

/**
 * Sign-up, login, token refresh and logout, and the caller's own user: the routes under {@code
 * /v1/auth}.
 */
public final class AuthController implements Controller {

  private final RegisterUser registerUser;
  private final LogIn logIn;
  private final RefreshSession refreshSession;
  private final LogOut logOut;
  private final GetCurrentUser getCurrentUser;
  private final UpdateProfile updateProfile;
  private final ClientAddress clientAddress;

  /**
   * @param clientAddress how to tell the caller's address, the same way the rate limiter does; it
   *     is recorded with every login attempt
   */
  public AuthController(
      RegisterUser registerUser,
      LogIn logIn,
      RefreshSession refreshSession,
      LogOut logOut,
      GetCurrentUser getCurrentUser,
      UpdateProfile updateProfile,
      ClientAddress clientAddress) {
    this.registerUser = Objects.requireNonNull(registerUser, "registerUser");
    this.logIn = Objects.requireNonNull(logIn, "logIn");
    this.refreshSession = Objects.requireNonNull(refreshSession, "refreshSession");
    this.logOut = Objects.requireNonNull(logOut, "logOut");
    this.getCurrentUser = Objects.requireNonNull(getCurrentUser, "getCurrentUser");
    this.updateProfile = Objects.requireNonNull(updateProfile, "updateProfile");
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/auth/register", RouteAccess.PUBLIC, this::register)
        .post("/v1/auth/login", RouteAccess.PUBLIC, this::logIn)
        .post("/v1/auth/refresh", RouteAccess.PUBLIC, this::refresh)
        .post("/v1/auth/logout", RouteAccess.USER, this::logOut)
        .get("/v1/auth/me", RouteAccess.USER, this::me)
        .patch("/v1/auth/me", RouteAccess.USER, this::updateMe);
  }

  private void register(Call call) {
    var command = call.command(RegisterRequest.class, RegisterRequest::toCommand);
    call.created(AuthResponse.from(registerUser.execute(command)));
  }

  private void logIn(Call call) {
    var command =
        call.command(
            LogInRequest.class,
            (request, fields) -> request.toCommand(fields, clientAddress.of(call.ctx())));
    call.ok(AuthResponse.from(logIn.execute(command)));
  }

  private void refresh(Call call) {
    var command = call.command(RefreshRequest.class, RefreshRequest::toCommand);
    call.ok(AuthResponse.from(refreshSession.execute(command)));
  }

  private void logOut(Call call) {
    var principal = call.principal().orElseThrow();
    logOut.execute(principal.claims(AccessTokenClaims.class));
    call.noContent();
  }

  private void me(Call call) {
    call.ok(UserResponse.from(getCurrentUser.execute(call.actor())));
  }

  private void updateMe(Call call) {
    var command = call.command(UpdateProfileRequest.class, UpdateProfileRequest::toCommand);
    call.ok(UserResponse.from(updateProfile.execute(call.actor(), command)));
  }
}
