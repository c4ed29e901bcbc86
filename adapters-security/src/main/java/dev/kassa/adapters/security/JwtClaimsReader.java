package dev.kassa.adapters.security;

import static dev.kassa.adapters.security.JwtAccessTokens.CLOCK_SKEW;
import static dev.kassa.adapters.security.JwtAccessTokens.invalid;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.kassa.domain.auth.AccessTokenClaims;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.shared.Uuids;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Reads and checks the claims of an access token whose signature is already verified. */
final class JwtClaimsReader {

  static final String ROLE = "role";
  static final String SESSION = "sid";
  static final int MAX_TOKEN_LENGTH = 4096;

  private JwtClaimsReader() {}

  static AccessTokenClaims read(JWTClaimsSet claims, Instant now) throws ParseException {
    if (!JwtAccessTokens.ISSUER.equals(claims.getIssuer())) {
      throw invalid("wrong issuer");
    }
    var user = uuid(claims.getSubject(), "sub");
    var jti = uuid(claims.getJWTID(), "jti");
    var session = uuid(claims.getStringClaim(SESSION), SESSION);
    var role = role(claims.getStringClaim(ROLE));
    var issuedAt = instant(claims.getIssueTime(), "iat");
    var expiresAt = instant(claims.getExpirationTime(), "exp");
    if (!expiresAt.isAfter(issuedAt)) {
      throw invalid("expires before it was issued");
    }
    var latestAcceptable = now.plus(CLOCK_SKEW);
    if (issuedAt.isAfter(latestAcceptable)) {
      throw invalid("issued in the future");
    }
    var notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().isAfter(latestAcceptable)) {
      throw invalid("not valid yet");
    }
    if (!now.minus(CLOCK_SKEW).isBefore(expiresAt)) {
      throw new TokenExpiredException();
    }
    return new AccessTokenClaims(
        new UserId(user), role, jti.toString(), new SessionId(session), issuedAt, expiresAt);
  }

  private static UUID uuid(String text, String claim) {
    var uuid = Uuids.parseOrNull(text);
    if (uuid == null) {
      throw invalid("claim " + claim + " is missing or not a UUID");
    }
    return uuid;
  }

  private static Role role(String code) {
    for (var role : Role.values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw invalid("claim role is missing or unknown");
  }

  private static Instant instant(Date date, String claim) {
    if (date == null) {
      throw invalid("claim " + claim + " is missing");
    }
    return date.toInstant();
  }
}
