package dev.kassa.domain.auth;

import dev.kassa.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * What a request's caller check reads about an access token: its session, with whether that one
 * token was revoked, and the session's user as stored now (empty when there is none).
 */
public record TokenHolder(TokenSession tokenSession, Optional<User> user) {

  public TokenHolder {
    Objects.requireNonNull(tokenSession, "tokenSession");
    Objects.requireNonNull(user, "user");
  }
}
