package dev.kassa.bootstrap.config;

import dev.kassa.adapters.security.BcryptPasswordHasher;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Keys and lifetimes of credentials.
 *
 * <p>Outside {@code prod}, an unset {@code JWT_SECRET} or {@code CARD_FINGERPRINT_SECRET} is
 * generated at each start ({@link Secret#generated()}): access tokens then die with the process,
 * and card fingerprints change at every start, so cards stored before no longer match their
 * fingerprint. {@code prod} refuses to start without both.
 */
public record Security(
    Secret jwtSecret,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Secret cardFingerprintSecret,
    int bcryptCost) {

  public static final Duration DEFAULT_ACCESS_TOKEN_TTL = JwtAccessTokens.DEFAULT_TTL;
  public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(30);

  public Security {
    Objects.requireNonNull(jwtSecret, "jwtSecret");
    Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
    Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
    Objects.requireNonNull(cardFingerprintSecret, "cardFingerprintSecret");
    if (jwtSecret.byteLength() < JwtAccessTokens.MIN_SECRET_BYTES
        || cardFingerprintSecret.byteLength() < HmacCardFingerprints.MIN_KEY_BYTES) {
      throw new IllegalArgumentException("secrets must be at least 32 bytes");
    }
    if (!accessTokenTtl.isPositive() || refreshTokenTtl.compareTo(accessTokenTtl) <= 0) {
      throw new IllegalArgumentException(
          "token lifetimes must be positive, the refresh token's longer");
    }
    if (bcryptCost < BcryptPasswordHasher.MIN_COST || bcryptCost > BcryptPasswordHasher.MAX_COST) {
      throw new IllegalArgumentException("bcrypt cost out of range: " + bcryptCost);
    }
  }

  static Security read(Variables variables, Environment environment) {
    var requiredInProd =
        environment.isProd() ? Optional.of("when KASSA_ENV=prod") : Optional.<String>empty();
    var jwtSecret = variables.key("JWT_SECRET", JwtAccessTokens.MIN_SECRET_BYTES, requiredInProd);
    var accessTtl = variables.positiveDuration("ACCESS_TOKEN_TTL", DEFAULT_ACCESS_TOKEN_TTL);
    var refreshTtl = variables.positiveDuration("REFRESH_TOKEN_TTL", DEFAULT_REFRESH_TOKEN_TTL);
    if (refreshTtl.compareTo(accessTtl) <= 0) {
      variables.problem(
          "REFRESH_TOKEN_TTL", "must be longer than ACCESS_TOKEN_TTL (" + accessTtl + ")");
      accessTtl = DEFAULT_ACCESS_TOKEN_TTL;
      refreshTtl = DEFAULT_REFRESH_TOKEN_TTL;
    }
    var fingerprintSecret =
        variables.key(
            "CARD_FINGERPRINT_SECRET", HmacCardFingerprints.MIN_KEY_BYTES, requiredInProd);
    var bcryptCost =
        variables.integer(
            "BCRYPT_COST",
            BcryptPasswordHasher.DEFAULT_COST,
            BcryptPasswordHasher.MIN_COST,
            BcryptPasswordHasher.MAX_COST);
    return new Security(jwtSecret, accessTtl, refreshTtl, fingerprintSecret, bcryptCost);
  }
}
