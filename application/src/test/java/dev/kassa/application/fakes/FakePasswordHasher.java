package dev.kassa.application.fakes;

import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for bcrypt: {@code "hashed:" + SHA-256}. Counts its calls so tests can see that a
 * comparison ran (for example against the dummy hash of an unknown email).
 */
public final class FakePasswordHasher implements PasswordHasher {

  private static final String PREFIX = "hashed:";

  private final AtomicInteger hashes = new AtomicInteger();
  private final AtomicInteger comparisons = new AtomicInteger();

  @Override
  public String hash(Password password) {
    hashes.incrementAndGet();
    return PREFIX + sha256(password.value());
  }

  @Override
  public boolean matches(Password password, String hash) {
    comparisons.incrementAndGet();
    return MessageDigest.isEqual(
        (PREFIX + sha256(password.value())).getBytes(StandardCharsets.UTF_8),
        hash.getBytes(StandardCharsets.UTF_8));
  }

  public int hashCalls() {
    return hashes.get();
  }

  public int compareCalls() {
    return comparisons.get();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
