package dev.kassa.adapters.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAccessTokensTest {

  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

  private final JwtAccessTokens tokens = new JwtAccessTokens(SECRET, Duration.ofMinutes(15));
  private final UserId user = UserId.newId();
  private final SessionId session = SessionId.newId();

  @Test
  void issuedTokenVerifiesToTheSameClaims() {
    var issued = tokens.issue(user, Role.ADMIN, session, NOW);

    var claims = tokens.verify(issued.token(), NOW.plusSeconds(60));

    assertThat(claims.userId()).isEqualTo(user);
    assertThat(claims.role()).isEqualTo(Role.ADMIN);
    assertThat(claims.sessionId()).isEqualTo(session);
    assertThat(claims.jti()).isEqualTo(issued.jti());
    assertThat(claims.issuedAt()).isEqualTo(NOW);
    assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(issued.expiresAt()).isEqualTo(claims.expiresAt());
  }

  @Test
  void issuedTokenIsHs256WithTheDocumentedClaims() throws Exception {
    var jwt = SignedJWT.parse(tokens.issue(user, Role.CUSTOMER, session, NOW).token());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(user.value().toString());
    assertThat(claims.getStringClaim("role")).isEqualTo("customer");
    assertThat(claims.getStringClaim("sid")).isEqualTo(session.value().toString());
    assertThat(claims.getIssuer()).isEqualTo("kassa");
    assertThat(UUID.fromString(claims.getJWTID())).isNotNull();
  }

  @Test
  void everyTokenGetsItsOwnJti() {
    var first = tokens.issue(user, Role.CUSTOMER, session, NOW);
    var second = tokens.issue(user, Role.CUSTOMER, session, NOW);

    assertThat(first.jti()).isNotEqualTo(second.jti());
  }

  @Test
  void defaultLifetimeIsFifteenMinutes() {
    var issued = new JwtAccessTokens(SECRET).issue(user, Role.CUSTOMER, session, NOW);

    assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(900));
  }

  @Test
  void expiredTokenIsReportedAsExpiredThoughItWasVerifiedBefore() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW).token();

    assertThat(tokens.verify(token, NOW).userId()).isEqualTo(user);
    assertThatThrownBy(() -> tokens.verify(token, NOW.plus(Duration.ofMinutes(20))))
        .isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void expiryToleratesASmallClockSkewOnly() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW).token();
    var expiry = NOW.plus(Duration.ofMinutes(15));

    assertThat(tokens.verify(token, expiry.plusSeconds(29)).userId()).isEqualTo(user);
    assertThatThrownBy(() -> tokens.verify(token, expiry.plusSeconds(30)))
        .isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void expiredTokenWithABadSignatureIsUnauthenticatedNotExpired() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW).token();
    var other = new JwtAccessTokens("another-secret-of-at-least-32-bytes!!".getBytes(UTF_8));

    assertThatThrownBy(() -> other.verify(token, NOW.plus(Duration.ofDays(1))))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenSignedWithAnotherKeyIsRejected() {
    var other = new JwtAccessTokens("another-secret-of-at-least-32-bytes!!".getBytes(UTF_8));
    var token = other.issue(user, Role.CUSTOMER, session, NOW).token();

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tamperedPayloadIsRejectedThoughTheGenuineTokenWasVerifiedBefore() {
    var genuine = tokens.issue(user, Role.CUSTOMER, session, NOW).token();
    tokens.verify(genuine, NOW);
    var parts = genuine.split("\\.", -1);
    var payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    var forged = Base64URL.encode(payload.replace("\"customer\"", "\"admin\"")).toString();

    assertThat(forged).isNotEqualTo(parts[1]);
    assertThatThrownBy(() -> tokens.verify(parts[0] + "." + forged + "." + parts[2], NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tamperedSignatureIsRejectedThoughTheGenuineTokenWasVerifiedBefore() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW).token();
    tokens.verify(token, NOW);
    var last = token.charAt(token.length() - 5);
    var tampered =
        token.substring(0, token.length() - 5)
            + (last == 'A' ? 'B' : 'A')
            + token.substring(token.length() - 4);

    assertThatThrownBy(() -> tokens.verify(tampered, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void unsignedTokenWithAlgNoneIsRejected() {
    var plain = new PlainJWT(validClaims().build()).serialize();

    assertThatThrownBy(() -> tokens.verify(plain, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void algNoneHeaderWithAValidSignatureSegmentIsRejected() {
    var parts = tokens.issue(user, Role.CUSTOMER, session, NOW).token().split("\\.", -1);
    var none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();

    assertThatThrownBy(() -> tokens.verify(none + "." + parts[1] + "." + parts[2], NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void otherHmacSizesAreRejectedEvenWithTheRightKey() throws Exception {
    var secret = new byte[64];
    System.arraycopy(SECRET, 0, secret, 0, SECRET.length);
    var strong = new JwtAccessTokens(secret);
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), validClaims().build());
    jwt.sign(new MACSigner(secret));

    assertThatThrownBy(() -> strong.verify(jwt.serialize(), NOW))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("algorithm");
  }

  @Test
  void rsaSignedTokenIsRejected() throws Exception {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), validClaims().build());
    jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

    assertThatThrownBy(() -> tokens.verify(jwt.serialize(), NOW))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("algorithm");
  }

  @Test
  void tokenIssuedInTheFutureIsRejected() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW.plus(Duration.ofMinutes(5))).token();

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("future");
  }

  @Test
  void tokenIssuedWithinTheClockSkewIsAccepted() {
    var token = tokens.issue(user, Role.CUSTOMER, session, NOW.plusSeconds(20)).token();

    assertThat(tokens.verify(token, NOW).userId()).isEqualTo(user);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "jti", "role", "sid", "iat", "exp", "iss"})
  void tokenMissingARequiredClaimIsRejected(String claim) throws Exception {
    var token = sign(validClaims().claim(claim, null).build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenWithAnUnknownRoleIsRejected() throws Exception {
    var token = sign(validClaims().claim("role", "superuser").build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenWithANonStringRoleIsRejected() throws Exception {
    var token = sign(validClaims().claim("role", 42).build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "sid", "jti"})
  void tokenWithAMalformedIdIsRejected(String claim) throws Exception {
    var token = sign(validClaims().claim(claim, "not-a-uuid").build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenFromAnotherIssuerIsRejected() throws Exception {
    var token = sign(validClaims().issuer("someone-else").build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenWithATextualExpiryIsRejected() throws Exception {
    var token = sign(validClaims().claim("exp", "tomorrow").build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenNotValidBeforeALaterTimeIsRejected() throws Exception {
    var token = sign(validClaims().notBeforeTime(Date.from(NOW.plusSeconds(600))).build());

    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void tokenWithAnotherTypeIsRejected() throws Exception {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).build();
    var jwt = new SignedJWT(header, validClaims().build());
    jwt.sign(new MACSigner(SECRET));

    assertThatThrownBy(() -> tokens.verify(jwt.serialize(), NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void handSignedValidTokenIsAccepted() throws Exception {
    var token = sign(validClaims().build());

    assertThat(tokens.verify(token, NOW).sessionId()).isEqualTo(session);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "garbage",
        "a.b.c",
        "a.b",
        "eyJhbGciOiJIUzI1NiJ9..",
        "eyJhbGciOiJIUzI1NiJ9.e30.",
        "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
        "e30.e30.e30",
        "W10.W10.W10"
      })
  void malformedTokensAreUnauthenticated(String token) {
    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void missingOrHugeTokensAreUnauthenticated() {
    assertThatThrownBy(() -> tokens.verify(null, NOW)).isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(() -> tokens.verify("a".repeat(10_000), NOW))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void refusesShortSecretsAndNonPositiveLifetimes() {
    assertThatThrownBy(() -> new JwtAccessTokens(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new JwtAccessTokens(SECRET, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JwtAccessTokens(SECRET, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretIsCopiedAndNeverPrinted() {
    var secret = SECRET.clone();
    var owned = new JwtAccessTokens(secret);
    var token = owned.issue(user, Role.CUSTOMER, session, NOW).token();
    Arrays.fill(secret, (byte) 0);

    assertThat(owned.verify(token, NOW).userId()).isEqualTo(user);
    assertThat(owned.toString()).doesNotContain(new String(SECRET, StandardCharsets.UTF_8));
  }

  private JWTClaimsSet.Builder validClaims() {
    return new JWTClaimsSet.Builder()
        .issuer("kassa")
        .subject(user.value().toString())
        .jwtID(UUID.randomUUID().toString())
        .claim("role", "customer")
        .claim("sid", session.value().toString())
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)));
  }

  private static String sign(JWTClaimsSet claims) throws Exception {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(SECRET));
    return jwt.serialize();
  }
}
