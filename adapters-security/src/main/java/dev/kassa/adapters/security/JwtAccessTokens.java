package dev.kassa.adapters.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.IssuedAccessToken;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

/**
 * Access tokens as HS256-signed JWTs (nimbus-jose-jwt) carrying {@code sub} (user id), {@code
 * role}, {@code sid} (session id), {@code jti}, {@code iat}, {@code exp} and {@code iss=kassa}.
 *
 * <p>Only HS256 is accepted: the algorithm is checked against that allowlist before the signature,
 * so {@code none}, asymmetric algorithms and other HMAC sizes are refused outright. Times are whole
 * seconds; a clock skew of {@link #CLOCK_SKEW} is tolerated on {@code exp}, {@code iat} and {@code
 * nbf}. Every failure is an {@link UnauthenticatedException}, except a genuine, well-formed token
 * past its expiry, which is a {@link dev.kassa.domain.error.TokenExpiredException}.
 *
 * <p>The claims of a token whose signature was verified are remembered (at most {@link
 * #VERIFIED_TOKENS} tokens, each for its lifetime), so that a client presenting the same token
 * again is not parsed and signed again on every request; the claims are checked against the time of
 * each request all the same. A token is remembered by its whole text, signature included, so a
 * forged one never matches a remembered one.
 */
public final class JwtAccessTokens implements AccessTokens {

  public static final int MIN_SECRET_BYTES = 32;
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
  public static final String ISSUER = "kassa";
  static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
  static final int VERIFIED_TOKENS = 10_000;

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Duration ttl;
  private final Cache<String, JWTClaimsSet> verified;

  public JwtAccessTokens(byte[] secret, Duration ttl) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(ttl, "ttl");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "JWT secret must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("access token TTL must be at least one second");
    }
    try {
      this.signer = new MACSigner(secret.clone());
      this.verifier = new MACVerifier(secret.clone());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable JWT secret", e);
    }
    this.ttl = ttl;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(VERIFIED_TOKENS)
            .expireAfterWrite(ttl.plus(CLOCK_SKEW))
            .build();
  }

  public JwtAccessTokens(byte[] secret) {
    this(secret, DEFAULT_TTL);
  }

  @Override
  public IssuedAccessToken issue(UserId user, Role role, SessionId session, Instant now) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(session, "session");
    var issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
    var expiresAt = issuedAt.plus(ttl).truncatedTo(ChronoUnit.SECONDS);
    var jti = UUID.randomUUID().toString();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(user.value().toString())
            .jwtID(jti)
            .claim(JwtClaimsReader.ROLE, role.code())
            .claim(JwtClaimsReader.SESSION, session.value().toString())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .build();
    var jwt =
        new SignedJWT(new JWSHeader.Builder(ALGORITHM).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign an access token", e);
    }
    return new IssuedAccessToken(jwt.serialize(), jti, expiresAt);
  }

  @Override
  public AccessTokenClaims verify(String token, Instant now) {
    Objects.requireNonNull(now, "now");
    if (token == null || token.isBlank() || token.length() > JwtClaimsReader.MAX_TOKEN_LENGTH) {
      throw invalid("missing or oversized token");
    }
    try {
      var claims = verified.getIfPresent(token);
      if (claims == null) {
        claims = parseAndCheckSignature(token).getJWTClaimsSet();
        verified.put(token, claims);
      }
      return JwtClaimsReader.read(claims, now);
    } catch (DomainException e) {
      throw e;
    } catch (ParseException | JOSEException | RuntimeException e) {
      throw invalid("malformed token");
    }
  }

  private SignedJWT parseAndCheckSignature(String token) throws ParseException, JOSEException {
    var jwt = SignedJWT.parse(token.strip());
    var header = jwt.getHeader();
    if (!ALGORITHM.equals(header.getAlgorithm())) {
      throw invalid("algorithm not allowed");
    }
    if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
      throw invalid("not a JWT");
    }
    if (!jwt.verify(verifier)) {
      throw invalid("bad signature");
    }
    return jwt;
  }

  static UnauthenticatedException invalid(String why) {
    return new UnauthenticatedException("Invalid access token: " + why + ".");
  }

  @Override
  public String toString() {
    return "JwtAccessTokens[alg=HS256, ttl=" + ttl + ", secret=***]";
  }
}
