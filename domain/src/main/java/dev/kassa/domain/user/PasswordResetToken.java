package dev.kassa.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored password-reset token: only the SHA-256 of the token the link carries. It can be spent
 * once, before {@code expiresAt}.
 */
public record PasswordResetToken(
    String tokenHash, UserId userId, Instant createdAt, Instant expiresAt, Instant spentAt) {

  public PasswordResetToken {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isUsable(Instant now) {
    return spentAt == null && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "PasswordResetToken[user=" + userId + ", expiresAt=" + expiresAt + "]";
  }
}
