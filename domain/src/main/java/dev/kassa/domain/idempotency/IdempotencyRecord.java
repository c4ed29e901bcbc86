package dev.kassa.domain.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is kept for one idempotency key: the fingerprint of the request that used it and when the
 * record was stored, with either the answer that request got, or, while an effect of several units
 * of work is under way, its recovery point: what its first unit of work started (an order, a
 * refund), from which a retry carries it on.
 */
public record IdempotencyRecord(
    String requestFingerprint, StoredResponse response, String recoveryPoint, Instant storedAt) {

  /** How long a key and its answer are kept. */
  public static final Duration RETENTION = Duration.ofHours(24);

  public IdempotencyRecord {
    Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    Objects.requireNonNull(storedAt, "storedAt");
    if ((response == null) == (recoveryPoint == null)) {
      throw new IllegalArgumentException("a record holds an answer or a recovery point");
    }
  }

  /** The answer a request got. */
  public static IdempotencyRecord answered(
      String requestFingerprint, StoredResponse response, Instant storedAt) {
    return new IdempotencyRecord(requestFingerprint, response, null, storedAt);
  }

  /** An effect under way, begun at {@code recoveryPoint}. */
  public static IdempotencyRecord inProgress(
      String requestFingerprint, String recoveryPoint, Instant storedAt) {
    return new IdempotencyRecord(requestFingerprint, null, recoveryPoint, storedAt);
  }

  public boolean isAnswered() {
    return response != null;
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
