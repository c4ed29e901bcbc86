package dev.kassa.adapters.web.auth;

import dev.kassa.application.auth.Authenticate;

/**
 * Checks a bearer access token and says who presented it; {@link #using} adapts the application's
 * {@link Authenticate} use case.
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

  /** The authenticator backed by the application's use case; the claims are its token claims. */
  static Authenticator using(Authenticate useCase) {
    return token -> {
      var authenticated = useCase.execute(token);
      return new Principal(authenticated.actor(), authenticated.claims());
    };
  }
}
