package dev.kassa.application.auth;

import java.time.Duration;
import java.util.Objects;

/** How long a refresh token lives; the access token's lifetime is its issuer's business. */
public record AuthSettings(Duration refreshTokenTtl) {

  public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(30);

  public AuthSettings {
    Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
    if (refreshTokenTtl.isNegative() || refreshTokenTtl.isZero()) {
      throw new IllegalArgumentException("refreshTokenTtl must be positive");
    }
  }

  public static AuthSettings defaults() {
    return new AuthSettings(DEFAULT_REFRESH_TOKEN_TTL);
  }
}
