package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.auth.ResetPassword;

/**
 * The body of {@code POST /v1/auth/password-reset/confirm}: the mailed token and a new password.
 */
public record PasswordResetConfirmRequest(String token, String newPassword) {

  public ResetPassword.Command toCommand(Fields fields) {
    return new ResetPassword.Command(token, newPassword);
  }

  @Override
  public String toString() {
    return "PasswordResetConfirmRequest[***]";
  }
}
