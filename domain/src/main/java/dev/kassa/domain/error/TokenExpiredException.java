package dev.kassa.domain.error;

import java.util.Map;

/** A well-formed token whose lifetime is over. */
public final class TokenExpiredException extends DomainException {

  public TokenExpiredException() {
    super("token_expired", "The token has expired.", Map.of());
  }
}
