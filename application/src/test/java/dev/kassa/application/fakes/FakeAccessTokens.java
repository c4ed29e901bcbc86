package dev.kassa.application.fakes;

import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.IssuedAccessToken;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Access tokens without cryptography: a token is {@code "access-<n>"} and is genuine only if this
 * instance issued it, so any tampered or made-up string is refused. Expiry follows the {@code now}
 * given to {@link #verify}.
 */
public final class FakeAccessTokens implements AccessTokens {

  public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);

  private final Duration ttl;
  private final AtomicLong counter = new AtomicLong();
  private final Map<String, AccessTokenClaims> issued = new ConcurrentHashMap<>();

  public FakeAccessTokens() {
    this(DEFAULT_TTL);
  }

  public FakeAccessTokens(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public IssuedAccessToken issue(UserId user, Role role, SessionId session, Instant now) {
    var n = counter.incrementAndGet();
    var token = "access-" + n;
    var claims = new AccessTokenClaims(user, role, "jti-" + n, session, now, now.plus(ttl));
    issued.put(token, claims);
    return new IssuedAccessToken(token, claims.jti(), claims.expiresAt());
  }

  @Override
  public AccessTokenClaims verify(String token, Instant now) {
    var claims = issued.get(token);
    if (claims == null) {
      throw new UnauthenticatedException("Invalid token.");
    }
    if (!now.isBefore(claims.expiresAt())) {
      throw new TokenExpiredException();
    }
    return claims;
  }
}
