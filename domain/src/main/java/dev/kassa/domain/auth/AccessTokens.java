package dev.kassa.domain.auth;

import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/** Issues and verifies short-lived signed access tokens (JWTs). */
public interface AccessTokens {

  IssuedAccessToken issue(UserId user, Role role, SessionId session, Instant now);

  /**
   * Checks the signature, algorithm, required claims and lifetime. Does not know about revocation:
   * that is the {@link Sessions}' business.
   *
   * @throws dev.kassa.domain.error.UnauthenticatedException for anything malformed or forged
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  AccessTokenClaims verify(String token, Instant now);
}
