package dev.kassa.application.auth;

import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Users;
import java.time.Clock;

/**
 * Turns a bearer access token into the caller. Beyond the signature and lifetime, the token's
 * {@code jti} and its session must not be revoked and its user must still exist and be active; the
 * role is the user's current one, so a promotion or demotion takes effect before the token expires,
 * and a disabled user is refused on the very next request.
 */
public final class Authenticate {

  static final String REVOKED = "Token has been revoked.";

  private final Transactions transactions;
  private final AccessTokens accessTokens;
  private final Sessions sessions;
  private final Users users;
  private final Clock clock;

  public Authenticate(
      Transactions transactions,
      AccessTokens accessTokens,
      Sessions sessions,
      Users users,
      Clock clock) {
    this.transactions = transactions;
    this.accessTokens = accessTokens;
    this.sessions = sessions;
    this.users = users;
    this.clock = clock;
  }

  /**
   * @throws UnauthenticatedException for a missing, malformed, forged or revoked token
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  public Authenticated execute(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      throw new UnauthenticatedException("Missing bearer token.");
    }
    var claims = accessTokens.verify(bearerToken.strip(), clock.instant());
    return transactions.inTransaction(
        () -> {
          var sessionLive =
              sessions.find(claims.sessionId()).filter(session -> !session.isRevoked()).isPresent();
          if (!sessionLive || sessions.isAccessTokenRevoked(claims.jti())) {
            throw new UnauthenticatedException(REVOKED);
          }
          var user =
              users
                  .find(claims.userId())
                  .orElseThrow(() -> new UnauthenticatedException("The user no longer exists."));
          if (!user.isActive()) {
            throw new UnauthenticatedException("The user is disabled.");
          }
          return new Authenticated(new Actor(user.id(), user.role()), claims);
        });
  }
}
