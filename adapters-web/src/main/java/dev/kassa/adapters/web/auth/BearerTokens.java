package dev.kassa.adapters.web.auth;

import dev.kassa.domain.error.UnauthenticatedException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Extracts the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerTokens {

  private static final String SCHEME = "bearer ";
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]+");

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
    if (token.length() > MAX_TOKEN_LENGTH || !TOKEN.matcher(token).matches()) {
      throw new UnauthenticatedException("The bearer token is malformed.");
    }
    return token;
  }
}
