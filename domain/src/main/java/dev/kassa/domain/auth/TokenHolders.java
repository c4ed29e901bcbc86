package dev.kassa.domain.auth;

import java.util.Collection;
import java.util.Optional;

/**
 * Reads the {@link TokenHolder} of an access token: the session {@code id} (empty when there is no
 * such session) and the token's {@code jti}. A store that can join sessions to users answers in one
 * read; any other composes {@link Sessions} and {@link dev.kassa.domain.user.Users}.
 */
@FunctionalInterface
public interface TokenHolders {

  Optional<TokenHolder> find(SessionId id, String jti);

  /**
   * Reads the holders of {@code keys} at once for the running unit of work, so that {@link #find}
   * answers them from what it read for the rest of that unit; a store that cannot, or a call
   * outside a unit of work, does nothing.
   */
  default void readAhead(Collection<AccessTokenKey> keys) {}
}
