package dev.kassa.adapters.memory;

import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sessions, refresh tokens and revoked access tokens in memory. Revoked access tokens are forgotten
 * once they would have expired anyway.
 */
public final class InMemorySessions implements Sessions {

  private final InMemoryTransactions transactions;
  private final Clock clock;
  private final Table<SessionId, Session> sessions;
  private final Table<String, RefreshToken> refreshTokens;
  private final Table<String, Instant> revokedAccessTokens;

  public InMemorySessions(InMemoryTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.sessions = new Table<>(transactions);
    this.refreshTokens = new Table<>(transactions);
    this.revokedAccessTokens = new Table<>(transactions);
  }

  @Override
  public void start(Session session) {
    if (!sessions.insert(session.id(), session)) {
      throw new IllegalArgumentException("session " + session.id() + " exists already");
    }
  }

  @Override
  public Optional<Session> find(SessionId id) {
    return sessions.find(id);
  }

  @Override
  public void revoke(SessionId id, Instant at) {
    transactions.run(
        () ->
            sessions
                .find(id)
                .filter(session -> !session.isRevoked())
                .ifPresent(
                    session ->
                        sessions.put(
                            id, new Session(id, session.userId(), session.createdAt(), at))));
  }

  @Override
  public void revokeAllOf(UserId user, SessionId keep, Instant at) {
    transactions.run(
        () ->
            sessions
                .rows()
                .filter(session -> session.userId().equals(user) && !session.id().equals(keep))
                .map(Session::id)
                .toList()
                .forEach(id -> revoke(id, at)));
  }

  @Override
  public void addRefreshToken(RefreshToken token) {
    if (!refreshTokens.insert(token.tokenHash(), token)) {
      throw new IllegalArgumentException("this refresh token exists already");
    }
  }

  @Override
  public Optional<RefreshToken> findRefreshToken(String tokenHash) {
    return refreshTokens.find(tokenHash);
  }

  @Override
  public boolean spendRefreshToken(String tokenHash, Instant at) {
    return transactions.inTransaction(
        () -> {
          var token = refreshTokens.find(tokenHash).filter(found -> found.spentAt() == null);
          token.ifPresent(
              unspent ->
                  refreshTokens.put(
                      tokenHash,
                      new RefreshToken(
                          unspent.tokenHash(),
                          unspent.sessionId(),
                          unspent.userId(),
                          unspent.issuedAt(),
                          unspent.expiresAt(),
                          at)));
          return token.isPresent();
        });
  }

  @Override
  public void revokeAccessToken(String jti, Instant expiresAt) {
    transactions.run(
        () -> {
          var now = clock.instant();
          revokedAccessTokens.removeIf(expiry -> expiry.isBefore(now));
          revokedAccessTokens.put(jti, expiresAt);
        });
  }

  @Override
  public boolean isAccessTokenRevoked(String jti) {
    return revokedAccessTokens.find(jti).isPresent();
  }
}
