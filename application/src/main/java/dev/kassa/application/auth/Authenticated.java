package dev.kassa.application.auth;

import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.user.Actor;
import java.util.Objects;

/**
 * A caller whose access token was verified and not revoked. {@code actor} carries the user's
 * current role, which may differ from the role in {@code claims}.
 */
public record Authenticated(Actor actor, AccessTokenClaims claims) {

  public Authenticated {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(claims, "claims");
  }
}
