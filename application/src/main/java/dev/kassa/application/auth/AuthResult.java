package dev.kassa.application.auth;

import dev.kassa.domain.auth.IssuedAccessToken;
import dev.kassa.domain.user.User;
import java.util.Objects;

/**
 * What a successful registration, login or refresh hands to the client: the user, a fresh access
 * token, the opaque refresh token in clear (the only time it exists outside the client) and the
 * access token's lifetime in seconds.
 */
public record AuthResult(
    User user, IssuedAccessToken accessToken, String refreshToken, long expiresInSeconds) {

  public AuthResult {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  @Override
  public String toString() {
    return "AuthResult[user="
        + user
        + ", accessToken="
        + accessToken
        + ", refreshToken=***, expiresInSeconds="
        + expiresInSeconds
        + "]";
  }
}
