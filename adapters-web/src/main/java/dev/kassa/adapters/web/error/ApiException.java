package dev.kassa.adapters.web.error;

import java.util.Map;
import java.util.Objects;

/**
 * An error that only the HTTP edge knows about (a body too large, a wrong content type, a rate
 * limit...). Errors of the model are {@link dev.kassa.domain.error.DomainException}s instead.
 */
public final class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final Map<String, Object> details;
  private final Map<String, String> headers;

  public ApiException(
      ErrorCode code, String message, Map<String, Object> details, Map<String, String> headers) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.details = Map.copyOf(details);
    this.headers = Map.copyOf(headers);
  }

  public ApiException(ErrorCode code, String message) {
    this(code, message, Map.of(), Map.of());
  }

  public static ApiException malformedJson(String message, Map<String, Object> details) {
    return new ApiException(ErrorCode.MALFORMED_JSON, message, details, Map.of());
  }

  public static ApiException unsupportedMediaType(String expected) {
    return new ApiException(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        "The request body must be " + expected + ".",
        Map.of("expected", expected),
        Map.of());
  }

  public static ApiException payloadTooLarge(long maxBytes) {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + maxBytes + " bytes.",
        Map.of("maxBytes", maxBytes),
        Map.of());
  }

  public static ApiException rateLimited(long retryAfterSeconds) {
    return new ApiException(
        ErrorCode.RATE_LIMITED,
        "Too many requests; retry after " + retryAfterSeconds + " s.",
        Map.of("retryAfterSeconds", retryAfterSeconds),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }

  /** Headers the response must carry, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return headers;
  }
}
