package dev.kassa.domain.testing;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * A reproducible source of randomness for property tests. The seed is printed and named in every
 * assertion description; a failing run is repeated with {@code -Dkassa.seed=<seed>}.
 */
public final class Seeded {

  public static final String PROPERTY = "kassa.seed";

  private final long seed;
  private final SplittableRandom random;

  private Seeded(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** A new random seed, or the one given with {@code -Dkassa.seed}, logged under {@code test}. */
  public static Seeded forTest(String test) {
    var fixed = System.getProperty(PROPERTY);
    var seed =
        fixed == null || fixed.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(fixed);
    var seeded = new Seeded(seed);
    System.out.println(test + ": " + seeded.describe());
    return seeded;
  }

  public long seed() {
    return seed;
  }

  public SplittableRandom random() {
    return random;
  }

  /** For assertion descriptions: how to replay this run. */
  public String describe() {
    return "seed " + seed + " (replay with -D" + PROPERTY + "=" + seed + ")";
  }
}
