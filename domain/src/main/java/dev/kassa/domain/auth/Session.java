package dev.kassa.domain.auth;

import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A login: the family of refresh tokens it started, each spent by the next. Revoking it ends every
 * access and refresh token it ever issued.
 */
public record Session(SessionId id, UserId userId, Instant createdAt, Instant revokedAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public static Session start(UserId user, Instant now) {
    return new Session(SessionId.newId(), user, now, null);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
