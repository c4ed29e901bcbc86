package dev.kassa.adapters.web.auth;

import dev.kassa.domain.user.Actor;
import java.util.Objects;

/**
 * The authenticated caller of a request: the {@link Actor} the use cases take, plus whatever the
 * {@link Authenticator} learnt from the token (for instance the access token's claims, which the
 * logout route needs to revoke it). The web adapter never looks inside {@code claims}.
 */
public record Principal(Actor actor, Object claims) {

  public Principal {
    Objects.requireNonNull(actor, "actor");
  }

  public static Principal of(Actor actor) {
    return new Principal(actor, null);
  }

  /**
   * The claims as the type the authenticator put there.
   *
   * @throws IllegalStateException when they are absent or of another type (a wiring mistake)
   */
  public <T> T claims(Class<T> type) {
    if (!type.isInstance(claims)) {
      throw new IllegalStateException("The principal carries no claims of type " + type.getName());
    }
    return type.cast(claims);
  }
}
