package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.auth.LogIn;

/**
 * The body of {@code POST /v1/auth/login}; the command reports missing fields. The rate limiter
 * reads the top-level {@code email} of this body to count attempts per address.
 */
public record LogInRequest(String email, String password) {

  /**
   * The log-in command this request asks for.
   *
   * @param clientIp the caller's address, recorded in the audit trail
   */
  public LogIn.Command toCommand(Fields fields, String clientIp) {
    return new LogIn.Command(email, password, clientIp);
  }

  @Override
  public String toString() {
    return "LogInRequest[email=" + email + ", password=***]";
  }
}
