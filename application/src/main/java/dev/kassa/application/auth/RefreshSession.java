package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Spends a refresh token for a new token pair of the same session (rotation). A token presented a
 * second time means it was copied: the whole session is revoked, so the thief's and the owner's
 * tokens stop working alike. Two concurrent refreshes with one token are indistinguishable from
 * that, so one of them wins and the session ends.
 */
public final class RefreshSession {

  static final String INVALID_TOKEN = "Invalid or expired refresh token.";
  static final String REUSED_TOKEN = "Refresh token reused; the session has been revoked.";

  public record Command(String refreshToken) {

    public Command {
      if (refreshToken == null || refreshToken.isBlank()) {
        throw ValidationException.of("refreshToken", "is required");
      }
      refreshToken = refreshToken.strip();
    }

    @Override
    public String toString() {
      return "RefreshSession.Command[refreshToken=***]";
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final Sessions sessions;
  private final AuditLog auditLog;
  private final SessionTokens tokens;
  private final Clock clock;

  public RefreshSession(
      Transactions transactions,
      Users users,
      Sessions sessions,
      AccessTokens accessTokens,
      AuditLog auditLog,
      Clock clock,
      AuthSettings settings) {
    this.transactions = transactions;
    this.users = users;
    this.sessions = sessions;
    this.auditLog = auditLog;
    this.tokens = new SessionTokens(sessions, accessTokens, settings);
    this.clock = clock;
  }

  /**
   * Exchanges a refresh token for a new pair of tokens.
   *
   * @throws UnauthenticatedException for an unknown, expired, revoked or reused token; the
   *     revocation that a reuse causes is committed before this is thrown
   */
  public AuthResult execute(Command command) {
    var hash = SessionTokens.hash(command.refreshToken());
    var outcome = transactions.inTransaction(() -> rotate(hash, clock.instant()));
    if (outcome.result() == null) {
      throw new UnauthenticatedException(outcome.failure());
    }
    return outcome.result();
  }

  private Outcome rotate(String hash, Instant now) {
    var stored = sessions.findRefreshToken(hash).orElse(null);
    if (stored == null || stored.isExpired(now)) {
      return Outcome.failed(INVALID_TOKEN);
    }
    var session = sessions.find(stored.sessionId()).orElse(null);
    if (session == null || session.isRevoked()) {
      return Outcome.failed(INVALID_TOKEN);
    }
    if (!sessions.spendRefreshToken(hash, now)) {
      revokeFamily(stored, now);
      return Outcome.failed(REUSED_TOKEN);
    }
    var user = users.find(stored.userId()).orElse(null);
    if (user == null || !user.isActive()) {
      sessions.revoke(session.id(), now);
      return Outcome.failed(INVALID_TOKEN);
    }
    return new Outcome(tokens.issue(session.id(), user, now), null);
  }

  private void revokeFamily(RefreshToken reused, Instant now) {
    sessions.revoke(reused.sessionId(), now);
    auditLog.record(
        AuditEvent.of(
            AuditTypes.REFRESH_TOKEN_REUSED,
            reused.userId(),
            "session",
            reused.sessionId(),
            Map.of(),
            now));
  }

  private record Outcome(AuthResult result, String failure) {
    static Outcome failed(String failure) {
      return new Outcome(null, failure);
    }
  }
}
