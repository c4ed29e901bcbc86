package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.auth.RefreshSession;

/** The body of {@code POST /v1/auth/refresh}; the command reports a missing token. */
public record RefreshRequest(String refreshToken) {

  public RefreshSession.Command toCommand(Fields fields) {
    return new RefreshSession.Command(refreshToken);
  }

  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=***]";
  }
}
