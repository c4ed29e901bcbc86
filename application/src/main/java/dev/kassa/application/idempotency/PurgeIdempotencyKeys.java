package dev.kassa.application.idempotency;

import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;

/**
 * Housekeeping: forgets idempotency records past their retention. An expired record no longer
 * replays anyway ({@link dev.kassa.domain.idempotency.IdempotencyDecision}); purging frees the key
 * and the space. Safe to run concurrently, from several processes too.
 */
public final class PurgeIdempotencyKeys {

  private final Transactions transactions;
  private final IdempotencyStore store;
  private final Clock clock;

  public PurgeIdempotencyKeys(Transactions transactions, IdempotencyStore store, Clock clock) {
    this.transactions = transactions;
    this.store = store;
    this.clock = clock;
  }

  /** Returns how many records were purged. */
  public int execute() {
    var cutoff = IdempotencyRecord.expiryCutoff(clock.instant());
    return transactions.inTransaction(() -> store.purge(cutoff));
  }
}
