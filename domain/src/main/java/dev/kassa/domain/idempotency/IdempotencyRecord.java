package dev.kassa.domain.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is kept for one idempotency key: the fingerprint of the request that used it, the answer
 * that request got, and when that answer was stored.
 */
public record IdempotencyRecord(
    String requestFingerprint, StoredResponse response, Instant storedAt) {

  /** How long a key and its answer are kept. */
  public static final Duration RETENTION = Duration.ofHours(24);

  public IdempotencyRecord {
    Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(storedAt, "storedAt");
  }

  /** Records stored before this instant have outlived their retention at {@code now}. */
  public static Instant expiryCutoff(Instant now) {
    return now.minus(RETENTION);
  }

  /** Whether the record has outlived its retention; one exactly {@link #RETENTION} old is kept. */
  public boolean expiredAt(Instant now) {
    return storedAt.isBefore(expiryCutoff(now));
  }
}
