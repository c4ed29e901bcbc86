package dev.kassa.bootstrap.e2e;

import java.util.Objects;

/** A logged-in user as the HTTP API knows them: their id, credentials and tokens. */
public record Caller(
    String id, String email, String password, String accessToken, String refreshToken) {

  public Caller {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }
}
