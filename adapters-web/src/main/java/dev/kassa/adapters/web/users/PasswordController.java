package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.application.auth.ChangePassword;
import dev.kassa.application.auth.RequestPasswordReset;
import dev.kassa.application.auth.ResetPassword;
import dev.kassa.domain.auth.AccessTokenClaims;
import java.util.Objects;

/**
 * Changing a password, and resetting a forgotten one: {@code /v1/auth/password} and {@code
 * /v1/auth/password-reset}. A reset request is answered {@code 202} alike for any email.
 */
public final class PasswordController implements Controller {

  private final ChangePassword changePassword;
  private final RequestPasswordReset requestPasswordReset;
  private final ResetPassword resetPassword;
  private final ClientAddress clientAddress;

  /**
   * @param clientAddress how to tell the caller's address, the same way the rate limiter does; it
   *     is recorded with every reset request
   */
  public PasswordController(
      ChangePassword changePassword,
      RequestPasswordReset requestPasswordReset,
      ResetPassword resetPassword,
      ClientAddress clientAddress) {
    this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
    this.requestPasswordReset =
        Objects.requireNonNull(requestPasswordReset, "requestPasswordReset");
    this.resetPassword = Objects.requireNonNull(resetPassword, "resetPassword");
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/auth/password", RouteAccess.USER, this::change)
        .post("/v1/auth/password-reset", RouteAccess.PUBLIC, this::requestReset)
        .post("/v1/auth/password-reset/confirm", RouteAccess.PUBLIC, this::confirmReset);
  }

  private void change(Call call) {
    var command = call.command(ChangePasswordRequest.class, ChangePasswordRequest::toCommand);
    var claims = call.principal().orElseThrow().claims(AccessTokenClaims.class);
    changePassword.execute(call.actor(), claims.sessionId(), command);
    call.noContent();
  }

  private void requestReset(Call call) {
    var command =
        call.command(
            PasswordResetRequest.class,
            (request, fields) -> request.toCommand(fields, clientAddress.of(call.ctx())));
    requestPasswordReset.execute(command);
    call.respond(202, null);
  }

  private void confirmReset(Call call) {
    resetPassword.execute(
        call.command(PasswordResetConfirmRequest.class, PasswordResetConfirmRequest::toCommand));
    call.noContent();
  }
}
