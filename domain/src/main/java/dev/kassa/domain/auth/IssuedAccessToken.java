package dev.kassa.domain.auth;

import java.time.Instant;

/** A signed access token and the facts it carries. */
public record IssuedAccessToken(String token, String jti, Instant expiresAt) {

  @Override
  public String toString() {
    return "IssuedAccessToken[jti=" + jti + ", expiresAt=" + expiresAt + "]";
  }
}
