package dev.kassa.domain.error;

import java.util.Map;

/**
 * Uploaded content Kassa does not take, whatever else the request says: of a type it does not
 * accept ({@code unsupported_media_type}) or larger than it keeps ({@code payload_too_large}).
 */
public final class RejectedContentException extends DomainException {

  private RejectedContentException(String code, String message, Map<String, Object> details) {
    super(code, message, details);
  }

  /**
   * The refusal of a body of a type that is not accepted.
   *
   * @param expected what is accepted, as people read it, such as {@code image/jpeg, image/png}
   */
  public static RejectedContentException unsupportedType(String expected) {
    return new RejectedContentException(
        "unsupported_media_type",
        "The content must be " + expected + ".",
        Map.of("expected", expected));
  }

  public static RejectedContentException tooLarge(long maxBytes) {
    return new RejectedContentException(
        "payload_too_large",
        "The content is larger than " + maxBytes + " bytes.",
        Map.of("maxBytes", maxBytes));
  }
}
