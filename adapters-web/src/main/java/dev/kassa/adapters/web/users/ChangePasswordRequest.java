package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.auth.ChangePassword;

/** The body of {@code POST /v1/auth/password}; the command reports missing fields. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

  public ChangePassword.Command toCommand(Fields fields) {
    return new ChangePassword.Command(currentPassword, newPassword);
  }

  @Override
  public String toString() {
    return "ChangePasswordRequest[***]";
  }
}
