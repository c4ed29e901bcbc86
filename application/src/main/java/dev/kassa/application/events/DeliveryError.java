package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import java.util.regex.Pattern;

/**
 * What a failed delivery records as its last error: the exception's type and message, with anything
 * shaped like a credential ({@code secret=...}, {@code token: ...}, a bearer token, the user info
 * of a URL) masked, cut to {@link EventDelivery#MAX_ERROR_LENGTH} characters.
 */
public final class DeliveryError {

  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?i)((?:secret|token|password|passwd|api[_-]?key|authorization|signature)\\s*[=:]\\s*)"
              + "(?:bearer\\s+)?[^\\s,;&]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s,;&]+");
  private static final Pattern URL_USER = Pattern.compile("(://)[^/@\\s]+@");

  private DeliveryError() {}

  public static String describe(Throwable failure) {
    var message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    var text = failure.getClass().getSimpleName() + message;
    text = CREDENTIAL.matcher(text).replaceAll("$1***");
    text = BEARER.matcher(text).replaceAll("$1***");
    text = URL_USER.matcher(text).replaceAll("$1***@");
    return text.length() <= EventDelivery.MAX_ERROR_LENGTH
        ? text
        : text.substring(0, EventDelivery.MAX_ERROR_LENGTH);
  }
}
