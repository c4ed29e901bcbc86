package dev.kassa.application.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where reset links point and how long they work: a link is {@code
 * <publicBaseUrl>/reset-password?token=...}, valid for {@code tokenTtl}.
 */
public record PasswordResetSettings(URI publicBaseUrl, Duration tokenTtl) {

  public static final URI DEFAULT_PUBLIC_BASE_URL = URI.create("http://localhost:8080");
  public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(30);

  public PasswordResetSettings {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(tokenTtl, "tokenTtl");
    if (!publicBaseUrl.isAbsolute()) {
      throw new IllegalArgumentException("publicBaseUrl must be absolute: " + publicBaseUrl);
    }
    if (tokenTtl.isNegative() || tokenTtl.isZero()) {
      throw new IllegalArgumentException("tokenTtl must be positive");
    }
  }

  public static PasswordResetSettings defaults() {
    return new PasswordResetSettings(DEFAULT_PUBLIC_BASE_URL, DEFAULT_TOKEN_TTL);
  }

  String link(String token) {
    var base = publicBaseUrl.toString();
    var trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return trimmed + "/reset-password?token=" + token;
  }
}
