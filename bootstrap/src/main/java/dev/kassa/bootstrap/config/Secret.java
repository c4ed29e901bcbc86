package dev.kassa.bootstrap.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A configured secret (a key, a password, a URL with credentials). Its value never appears in
 * {@link #toString()}. {@code generated} says it was made up at start-up because none was set, so
 * it lasts only as long as the process.
 */
public record Secret(String value, boolean generated) {

  static final int RANDOM_BYTES = 32;

  public Secret {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
  }

  public static Secret of(String value) {
    return new Secret(value, false);
  }

  /** 32 random bytes as base64url text (43 characters, so 43 bytes once encoded as UTF-8). */
  public static Secret random(RandomGenerator random) {
    var bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
  }

  /** The UTF-8 bytes of the value: what HMAC keys are made of. */
  public byte[] bytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  public int byteLength() {
    return bytes().length;
  }

  @Override
  public String toString() {
    return generated ? "Secret[generated]" : "Secret[***]";
  }
}
