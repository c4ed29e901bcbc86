package dev.kassa.adapters.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * bcrypt (version 2b) password hashing.
 *
 * <p>bcrypt reads at most 72 bytes of its input, so two long passwords sharing a 72-byte prefix
 * would hash alike. Every password is therefore pre-hashed first: the bcrypt input is always the
 * base64 text of SHA-256 over the password's UTF-8 bytes (44 ASCII bytes, no NUL). This applies to
 * all passwords, short or long, so there is one rule and no length at which it changes. A
 * consequence: the stored hashes are not interchangeable with plain bcrypt hashes of the same
 * passwords made elsewhere.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

  /** The cheapest cost accepted: below it offline guessing gets too cheap. */
  public static final int MIN_COST = 10;

  public static final int MAX_COST = 31;
  public static final int DEFAULT_COST = 12;

  private final int cost;

  public BcryptPasswordHasher(int cost) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be between " + MIN_COST + " and " + MAX_COST + ", was " + cost);
    }
    this.cost = cost;
  }

  public BcryptPasswordHasher() {
    this(DEFAULT_COST);
  }

  public int cost() {
    return cost;
  }

  @Override
  public String hash(Password password) {
    return BCrypt.with(BCrypt.Version.VERSION_2B).hashToString(cost, preHash(password));
  }

  /** False, never an exception, for a hash that is not a well-formed bcrypt hash. */
  @Override
  public boolean matches(Password password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    try {
      var result = BCrypt.verifyer().verify(preHash(password), hash);
      return result.validFormat && result.verified;
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private static char[] preHash(Password password) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256")
              .digest(password.value().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest).toCharArray();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
