package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Ends the caller's session at once: the presented access token is revoked by its {@code jti}, and
 * the session with every refresh token of its family.
 */
public final class LogOut {

  private final Transactions transactions;
  private final Sessions sessions;
  private final AuditLog auditLog;
  private final Clock clock;

  public LogOut(Transactions transactions, Sessions sessions, AuditLog auditLog, Clock clock) {
    this.transactions = transactions;
    this.sessions = sessions;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** {@code claims} are those of the caller's verified access token; logging out twice is fine. */
  public void execute(AccessTokenClaims claims) {
    Objects.requireNonNull(claims, "claims");
    transactions.run(
        () -> {
          var now = clock.instant();
          sessions.revokeAccessToken(claims.jti(), claims.expiresAt());
          sessions.revoke(claims.sessionId(), now);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.LOGOUT,
                  claims.userId(),
                  "session",
                  claims.sessionId(),
                  Map.of(),
                  now));
        });
  }
}
