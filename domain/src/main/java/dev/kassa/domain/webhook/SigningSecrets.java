package dev.kassa.domain.webhook;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An endpoint's signing secrets, sealed by a {@link SecretBox}: the current one, and after a
 * rotation the previous one, which keeps signing beside it until {@code previousUntil}.
 */
public record SigningSecrets(String current, String previous, Instant previousUntil) {

  /** How long the previous secret keeps signing after a rotation. */
  public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();

  public SigningSecrets {
    Objects.requireNonNull(current, "current");
    if ((previous == null) != (previousUntil == null)) {
      throw new IllegalArgumentException("a previous secret comes with its end");
    }
  }

  public static SigningSecrets of(String sealed) {
    return new SigningSecrets(sealed, null, null);
  }

  /** A new random secret, as shown once to the endpoint's owner: {@code whsec_} and 64 hex. */
  public static String generate() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + HexFormat.of().formatHex(bytes);
  }

  /**
   * {@code sealed} becomes current; the current one signs beside it for {@link #ROTATION_OVERLAP}.
   */
  public SigningSecrets rotate(String sealed, Instant now) {
    return new SigningSecrets(sealed, current, now.plus(ROTATION_OVERLAP));
  }

  /** The sealed secrets that sign at {@code now}, the current one first. */
  public List<String> signing(Instant now) {
    return previous != null && now.isBefore(previousUntil)
        ? List.of(current, previous)
        : List.of(current);
  }
}
