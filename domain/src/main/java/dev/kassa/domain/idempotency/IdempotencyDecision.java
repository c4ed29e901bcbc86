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
   * The same request began an effect of several units of work that has not answered yet, and nobody
   * holds the key any more: carry it on from its recovery point.
   */
  record Resume(String recoveryPoint) implements IdempotencyDecision {}

  /**
   * Decides for a request whose fingerprint is {@code requestFingerprint}. A record of another
   * request makes the key {@link Reused} for as long as the record is kept, expired or not, so a
   * client's mistake is never mistaken for a new request; the same request replays until its record
   * expires ({@link IdempotencyRecord#expiredAt}), then runs again; an effect it began and did not
   * finish is resumed.
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
    if (record.expiredAt(now)) {
      return new Proceed();
    }
    return record.isAnswered() ? new Replay(record.response()) : new Resume(record.recoveryPoint());
  }
}
