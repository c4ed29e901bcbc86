package dev.kassa.adapters.memory;

import dev.kassa.domain.idempotency.Claim;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Idempotency keys in memory. A claim is decided atomically per owner and key: a different request
 * hash is {@link Claim.Reused} whatever the state; a live claim is {@link Claim.InUse}; a live
 * completion is a {@link Claim.Replay}; anything else is {@link Claim.Granted} and replaces the
 * stale row.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Key(UserId owner, IdempotencyKey key) {}

  private record Row(
      String requestHash, Instant claimedAt, StoredResponse response, Instant completedAt) {

    boolean completed() {
      return completedAt != null;
    }
  }

  private final InMemoryTransactions transactions;
  private final Table<Key, Row> rows;

  public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.rows = new Table<>(transactions);
  }

  @Override
  public Claim claim(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Instant now,
      Instant abandonedBefore,
      Instant expiredBefore) {
    var id = new Key(owner, key);
    return transactions.inTransaction(
        () -> {
          var existing = rows.find(id);
          if (existing.isPresent()) {
            var row = existing.get();
            if (!row.requestHash().equals(requestHash)) {
              return new Claim.Reused();
            }
            if (row.completed() && !row.completedAt().isBefore(expiredBefore)) {
              return new Claim.Replay(row.response());
            }
            if (!row.completed() && !row.claimedAt().isBefore(abandonedBefore)) {
              return new Claim.InUse();
            }
          }
          rows.put(id, new Row(requestHash, now, null, null));
          return new Claim.Granted();
        });
  }

  /** Does nothing when the claim is gone, as an update of no row would. */
  @Override
  public void complete(UserId owner, IdempotencyKey key, StoredResponse response, Instant now) {
    var id = new Key(owner, key);
    transactions.run(
        () ->
            rows.find(id)
                .ifPresent(
                    row ->
                        rows.put(id, new Row(row.requestHash(), row.claimedAt(), response, now))));
  }

  /** Forgets a claim still in progress; a completed key keeps its response. */
  @Override
  public void release(UserId owner, IdempotencyKey key) {
    var id = new Key(owner, key);
    transactions.run(
        () -> rows.find(id).filter(row -> !row.completed()).ifPresent(row -> rows.remove(id)));
  }

  @Override
  public int purge(Instant before) {
    return rows.removeIf(row -> row.completed() && row.completedAt().isBefore(before));
  }
}
