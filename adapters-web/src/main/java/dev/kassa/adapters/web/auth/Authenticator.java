package dev.kassa.adapters.web.auth;

import dev.kassa.application.auth.Authenticate;

/**
 * Checks a bearer access token and says who presented it; {@link #using} adapts the application's
 * {@link Authenticate} use case.
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * Tells who holds a bearer token.
   *
   * @param bearerToken the token of an {@code Authorization: Bearer} header, never blank
   * @throws dev.kassa.domain.error.UnauthenticatedException for a malformed, forged or revoked
   *     token
   * @throws dev.kassa.domain.error.TokenExpiredException for a genuine token past its expiry
   */
  Principal authenticate(String bearerToken);

  /**
   * Like {@link #authenticate}, but the checks that need the store may be left to the request's
   * first unit of work, where they cost no transaction of their own. This default checks everything
   * at once.
   */
  default Deferred authenticateDeferred(String bearerToken) {
    return new Deferred(authenticate(bearerToken), PendingCheck.NONE);
  }

  /** The authenticator backed by the application's use case; the claims are its token claims. */
  static Authenticator using(Authenticate useCase) {
    return new Authenticator() {
      @Override
      public Principal authenticate(String bearerToken) {
        var authenticated = useCase.execute(bearerToken);
        return new Principal(authenticated.actor(), authenticated.claims());
      }

      @Override
      public Deferred authenticateDeferred(String bearerToken) {
        var deferred = useCase.deferred(bearerToken);
        var authenticated = deferred.authenticated();
        var check = deferred.check();
        return new Deferred(
            new Principal(authenticated.actor(), authenticated.claims()),
            new PendingCheck() {
              @Override
              public void ensureDone() {
                check.ensureDone();
              }

              @Override
              public void close() {
                check.close();
              }
            });
      }
    };
  }

  /** A caller taken on the word of its genuine token, and the check of the rest, still pending. */
  record Deferred(Principal principal, PendingCheck check) {}

  /** The pending check of one request's caller; closed when the request ends. */
  interface PendingCheck extends AutoCloseable {

    PendingCheck NONE =
        new PendingCheck() {
          @Override
          public void ensureDone() {}

          @Override
          public void close() {}
        };

    /**
     * Runs the check now unless a unit of work of the request has run it.
     *
     * @throws dev.kassa.domain.error.UnauthenticatedException when it refuses the caller
     */
    void ensureDone();

    @Override
    void close();
  }
}
