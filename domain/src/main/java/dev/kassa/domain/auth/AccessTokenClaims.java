package dev.kassa.domain.auth;

import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What a verified access token says: who, with which role, in which session, until when. */
public record AccessTokenClaims(
    UserId userId,
    Role role,
    String jti,
    SessionId sessionId,
    Instant issuedAt,
    Instant expiresAt) {

  public AccessTokenClaims {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(jti, "jti");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
