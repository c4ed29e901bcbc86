package dev.kassa.domain.error;

import java.util.Map;

/** The caller is known but not allowed to do this. */
public final class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super("forbidden", message, Map.of());
  }
}
