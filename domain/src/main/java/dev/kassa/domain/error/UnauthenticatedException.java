package dev.kassa.domain.error;

import java.util.Map;

/** Credentials or a token that prove nothing: missing, malformed, wrong or revoked. */
public final class UnauthenticatedException extends DomainException {

  public UnauthenticatedException(String message) {
    super("unauthenticated", message, Map.of());
  }
}
