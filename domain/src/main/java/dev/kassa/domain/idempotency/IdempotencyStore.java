package dev.kassa.domain.idempotency;

import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Idempotency keys, scoped to their owner. A key is first claimed (committed on its own, so that a
 * concurrent request sees it), then completed with its response inside the same unit of work as the
 * effect, or released when the attempt failed without an answer worth keeping.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a request whose canonical form hashes to {@code requestHash}. A key stored
   * with another hash is {@link Claim.Reused}, whatever its state, until {@link #purge} forgets it.
   * With the same hash, a claim left in progress since before {@code abandonedBefore}, or a key
   * completed before {@code expiredBefore}, is taken over as if new.
   */
  Claim claim(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Instant now,
      Instant abandonedBefore,
      Instant expiredBefore);

  /** Stores the response of a granted claim. Runs inside the unit of work of the effect. */
  void complete(UserId owner, IdempotencyKey key, StoredResponse response, Instant now);

  /** Forgets a granted claim whose attempt failed, so that the client may retry. */
  void release(UserId owner, IdempotencyKey key);

  /** Deletes keys completed before {@code before}; returns how many. */
  int purge(Instant before);
}
