package dev.kassa.application.auth;

import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.TokenHolders;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import java.time.Clock;

/**
 * Turns a bearer access token into the caller. Beyond the signature and lifetime, the token's
 * {@code jti} and its session must not be revoked and its user must still exist and be active; the
 * role is the user's current one, so a promotion or demotion takes effect before the token expires,
 * and a disabled user is refused on the very next request.
 *
 * <p>{@link #execute} checks all of it in a unit of work of its own. {@link #deferred} checks only
 * the signature and lifetime at once and leaves the rest to the request's first unit of work
 * ({@link CallerChecks}); its actor has the token's role, so a token whose user's role has changed
 * since it was issued is refused there as revoked.
 */
public final class Authenticate {

  static final String REVOKED = "Token has been revoked.";
  static final String ROLE_CHANGED =
      "The user's role has changed since the token was issued; refresh it.";

  private final CallerChecks transactions;
  private final AccessTokens accessTokens;
  private final TokenHolders holders;
  private final Clock clock;

  public Authenticate(
      CallerChecks transactions, AccessTokens accessTokens, TokenHolders holders, Clock clock) {
    this.transactions = transactions;
    this.accessTokens = accessTokens;
    this.holders = holders;
    this.clock = clock;
  }

  /**
   * Tells who holds a bearer access token.
   *
   * @throws UnauthenticatedException for a missing, malformed, forged or revoked token
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  public Authenticated execute(String bearerToken) {
    var claims = verify(bearerToken);
    return transactions.inTransaction(
        () -> new Authenticated(new Actor(claims.userId(), activeUser(claims).role()), claims));
  }

  /**
   * Verifies the token's signature and lifetime now and opens the check of the rest for the calling
   * thread's request; the caller must close it when the request ends, and call {@link
   * CallerChecks.Check#ensureDone()} before answering when the request may have run no unit of
   * work.
   *
   * @throws UnauthenticatedException for a missing, malformed or forged token
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  public Deferred deferred(String bearerToken) {
    var claims = verify(bearerToken);
    var check =
        transactions.open(
            new AccessTokenKey(claims.sessionId(), claims.jti()),
            () -> {
              if (activeUser(claims).role() != claims.role()) {
                throw new UnauthenticatedException(ROLE_CHANGED);
              }
            });
    return new Deferred(
        new Authenticated(new Actor(claims.userId(), claims.role()), claims), check);
  }

  /** A caller whose token is genuine, and the pending check that it is still good. */
  public record Deferred(Authenticated authenticated, CallerChecks.Check check) {}

  private AccessTokenClaims verify(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      throw new UnauthenticatedException("Missing bearer token.");
    }
    return accessTokens.verify(bearerToken.strip(), clock.instant());
  }

  private User activeUser(AccessTokenClaims claims) {
    var holder =
        holders
            .find(claims.sessionId(), claims.jti())
            .filter(found -> found.tokenSession().live())
            .orElseThrow(() -> new UnauthenticatedException(REVOKED));
    var user =
        holder
            .user()
            .filter(found -> found.id().equals(claims.userId()))
            .orElseThrow(() -> new UnauthenticatedException("The user no longer exists."));
    if (!user.isActive()) {
      throw new UnauthenticatedException("The user is disabled.");
    }
    return user;
  }
}
