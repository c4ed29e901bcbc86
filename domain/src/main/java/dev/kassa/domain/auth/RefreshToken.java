package dev.kassa.domain.auth;

import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token: only a hash of the opaque token the client holds. It can be spent once;
 * {@code spentAt} is set when it is.
 */
public record RefreshToken(
    String tokenHash,
    SessionId sessionId,
    UserId userId,
    Instant issuedAt,
    Instant expiresAt,
    Instant spentAt) {

  public RefreshToken {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "RefreshToken[session=" + sessionId + ", expiresAt=" + expiresAt + "]";
  }
}
