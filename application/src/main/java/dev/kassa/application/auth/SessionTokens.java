package dev.kassa.application.auth;

import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Issues token pairs. A refresh token is 32 random bytes in base64url; only its SHA-256 is stored,
 * so a leak of the store does not leak usable tokens. Must be called inside a unit of work.
 */
final class SessionTokens {

  private static final int TOKEN_BYTES = 32;

  private final Sessions sessions;
  private final AccessTokens accessTokens;
  private final AuthSettings settings;
  private final SecureRandom random = new SecureRandom();

  SessionTokens(Sessions sessions, AccessTokens accessTokens, AuthSettings settings) {
    this.sessions = sessions;
    this.accessTokens = accessTokens;
    this.settings = settings;
  }

  /** Starts a new session (a new refresh token family) for {@code user}. */
  AuthResult start(User user, Instant now) {
    var session = Session.start(user.id(), now);
    sessions.start(session);
    return issue(session.id(), user, now);
  }

  /** Issues the next pair of an existing session. */
  AuthResult issue(SessionId session, User user, Instant now) {
    var access = accessTokens.issue(user.id(), user.role(), session, now);
    var refresh = randomToken(random);
    sessions.addRefreshToken(
        new RefreshToken(
            hash(refresh), session, user.id(), now, now.plus(settings.refreshTokenTtl()), null));
    var expiresIn = Math.max(0, Duration.between(now, access.expiresAt()).toSeconds());
    return new AuthResult(user, access, refresh, expiresIn);
  }

  /** A new opaque token: 32 random bytes in base64url, without padding. */
  static String randomToken(SecureRandom random) {
    var bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of an opaque token: its SHA-256 in lower-case hex. */
  static String hash(String refreshToken) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
