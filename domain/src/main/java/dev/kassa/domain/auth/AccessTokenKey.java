package dev.kassa.domain.auth;

import dev.kassa.domain.shared.LockKey;
import java.util.Objects;

/**
 * What finds an access token's {@link TokenHolder}: its session and its {@code jti}. A unit of work
 * that checks its caller names it before it runs, so that a batch of units reads the holders of all
 * its callers at once ({@link TokenHolders#readAhead}).
 */
public record AccessTokenKey(SessionId session, String jti) implements LockKey {

  public AccessTokenKey {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(jti, "jti");
  }
}
