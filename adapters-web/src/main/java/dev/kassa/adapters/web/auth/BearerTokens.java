package dev.kassa.adapters.web.auth;

import dev.kassa.domain.error.UnauthenticatedException;
import java.util.Locale;

/** Extracts the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerTokens {

  private static final String SCHEME = "bearer ";
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final String TOKEN_SYMBOLS = "._~+/=-";

  private BearerTokens() {}

  /**
   * Takes the token out of an {@code Authorization: Bearer} header.
   *
   * @throws UnauthenticatedException when the header is missing or is not a well-formed bearer
   *     credential
   */
  public static String from(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new UnauthenticatedException("An Authorization: Bearer header is required.");
    }
    var header = authorizationHeader.strip();
    if (header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      throw new UnauthenticatedException("The Authorization header must use the Bearer scheme.");
    }
    var token = header.substring(SCHEME.length()).strip();
    if (token.length() > MAX_TOKEN_LENGTH || !isToken68(token)) {
      throw new UnauthenticatedException("The bearer token is malformed.");
    }
    return token;
  }

  /** RFC 6750's {@code b64token}: letters, digits and {@code -._~+/}, then any {@code =}. */
  private static boolean isToken68(String token) {
    var padding = token.length();
    while (padding > 0 && token.charAt(padding - 1) == '=') {
      padding--;
    }
    if (padding == 0) {
      return false;
    }
    for (var i = 0; i < padding; i++) {
      var c = token.charAt(i);
      var letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
      if (!letterOrDigit && (c == '=' || TOKEN_SYMBOLS.indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }
}
