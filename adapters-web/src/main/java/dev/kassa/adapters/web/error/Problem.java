package dev.kassa.adapters.web.error;

import java.util.Map;
import java.util.Objects;

/** An error resolved to what the response will say: code, message, details and extra headers. */
public record Problem(
    ErrorCode code, String message, Map<String, Object> details, Map<String, String> headers) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = Map.copyOf(details);
    headers = Map.copyOf(headers);
  }

  public static Problem of(ErrorCode code, String message) {
    return new Problem(code, message, Map.of(), Map.of());
  }

  public int status() {
    return code.status();
  }

  public ErrorEnvelope envelope(String requestId) {
    return ErrorEnvelope.of(code, message, details, requestId);
  }
}
