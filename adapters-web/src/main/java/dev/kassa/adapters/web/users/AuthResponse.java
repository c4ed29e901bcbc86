package dev.kassa.adapters.web.users;

import dev.kassa.application.auth.AuthResult;

/** What register, login and refresh answer: the user and a new token pair. */
public record AuthResponse(
    UserResponse user, String accessToken, String refreshToken, String tokenType, long expiresIn) {

  static final String BEARER = "Bearer";

  public static AuthResponse from(AuthResult result) {
    return new AuthResponse(
        UserResponse.from(result.user()),
        result.accessToken().token(),
        result.refreshToken(),
        BEARER,
        result.expiresInSeconds());
  }

  @Override
  public String toString() {
    return "AuthResponse[user=" + user.id() + ", accessToken=***, refreshToken=***]";
  }
}
