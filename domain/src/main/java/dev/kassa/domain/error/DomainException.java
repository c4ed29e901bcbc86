package dev.kassa.domain.error;

import java.util.Map;

/**
 * Base of every error the core reports on purpose. Each kind has a stable {@link #code()} that the
 * edges map to their own vocabulary (an HTTP status, a CLI exit code) in one place.
 */
public abstract sealed class DomainException extends RuntimeException
    permits ValidationException,
        NotFoundException,
        ForbiddenException,
        UnauthenticatedException,
        TokenExpiredException,
        ConflictException,
        CurrencyMismatchException,
        RejectedContentException,
        IdempotencyKeyReusedException {

  private final String code;
  private final Map<String, Object> details;

  protected DomainException(String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  /** Stable machine-readable code, such as {@code insufficient_funds}. */
  public String code() {
    return code;
  }

  /** Structured context for the caller; never holds secrets. */
  public Map<String, Object> details() {
    return details;
  }
}
