package dev.kassa.adapters.web.auth;

/**
 * Checks a bearer access token and says who presented it. Implemented by the wiring on top of the
 * application's authentication use case.
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * @param bearerToken the token of an {@code Authorization: Bearer} header, never blank
   * @throws dev.kassa.domain.error.UnauthenticatedException for a malformed, forged or revoked
   *     token
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  Principal authenticate(String bearerToken);
}
