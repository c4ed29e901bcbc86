package dev.kassa.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * What to do with a request that carries an idempotency key, decided from the record read under the
 * key's lock. Whether another request holds that lock is the store's to say; everything else is
 * decided here, once, for every storage engine.
 */
public sealed interface IdempotencyDecision {

  /** The key is new, or its record expired: run the effect and store its answer. */
  record Proceed() implements IdempotencyDecision {}

  /** The same request was answered before: send that answer again. */
  record Replay(StoredResponse response) implements IdempotencyDecision {}

  /** The key was used with another request: refuse ({@code 422 idempotency_key_reused}). */
  record Reused() implements IdempotencyDecision {}

  /**
   * Decides for a request whose fingerprint is {@code requestFingerprint}. A record of another
   * request makes the key {@link Reused} for as long as the record is kept, expired or not, so a
   * client's mistake is never mistaken for a new request; the same request replays until its record
   * expires ({@link IdempotencyRecord#expiredAt}), then runs again.
   */
  static IdempotencyDecision decide(
      Optional<IdempotencyRecord> stored, String requestFingerprint, Instant now) {
    if (stored.isEmpty()) {
      return new Proceed();
    }
    var record = stored.get();
    if (!record.requestFingerprint().equals(requestFingerprint)) {
      return new Reused();
    }
    return record.expiredAt(now) ? new Proceed() : new Replay(record.response());
  }
}
