package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.auth.RequestPasswordReset;

/**
 * The body of {@code POST /v1/auth/password-reset}. The rate limiter reads its top-level {@code
 * email} to count attempts per address.
 */
public record PasswordResetRequest(String email) {

  /**
   * The password-reset command this request asks for.
   *
   * @param clientIp the caller's address, recorded in the audit trail
   */
  public RequestPasswordReset.Command toCommand(Fields fields, String clientIp) {
    return new RequestPasswordReset.Command(email, clientIp);
  }
}
