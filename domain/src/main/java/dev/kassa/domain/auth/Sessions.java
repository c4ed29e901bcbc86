package dev.kassa.domain.auth;

import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Login sessions, their refresh tokens, and revoked access tokens. */
public interface Sessions {

  void start(Session session);

  Optional<Session> find(SessionId id);

  /** Revokes the session and with it every token of its family. Idempotent. */
  void revoke(SessionId id, Instant at);

  /**
   * Revokes every live session of {@code user} but {@code keep} (null to keep none), and with them
   * every token of their families. Idempotent.
   */
  void revokeAllOf(UserId user, SessionId keep, Instant at);

  void addRefreshToken(RefreshToken token);

  Optional<RefreshToken> findRefreshToken(String tokenHash);

  /**
   * Marks the token spent, exactly once across all callers.
   *
   * @return true for the one caller that spent it; false when it had been spent already
   */
  boolean spendRefreshToken(String tokenHash, Instant at);

  /** Revokes one access token by its {@code jti} until it would expire anyway. */
  void revokeAccessToken(String jti, Instant expiresAt);

  boolean isAccessTokenRevoked(String jti);

  /**
   * The session {@code id} with whether the access token {@code jti} was revoked, read together
   * (one round trip where the store can): what checking a caller's token needs. Empty when there is
   * no such session.
   */
  default Optional<TokenSession> findForAccessToken(SessionId id, String jti) {
    return find(id).map(session -> new TokenSession(session, isAccessTokenRevoked(jti)));
  }
}
