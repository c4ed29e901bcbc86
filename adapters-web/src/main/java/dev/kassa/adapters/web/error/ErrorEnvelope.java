package dev.kassa.adapters.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * {@code {"error": {"code", "message", "details"?, "requestId"}}}: the body of every 4xx and 5xx.
 */
public record ErrorEnvelope(Body error) {

  /** The error itself; {@code details} is left out when there are none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Body(String code, String message, Map<String, Object> details, String requestId) {}

  public static ErrorEnvelope of(
      ErrorCode code, String message, Map<String, Object> details, String requestId) {
    return new ErrorEnvelope(new Body(code.code(), message, details, requestId));
  }
}
