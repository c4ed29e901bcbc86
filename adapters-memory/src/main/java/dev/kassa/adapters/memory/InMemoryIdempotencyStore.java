package dev.kassa.adapters.memory;

import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Idempotency records in memory. {@link InMemoryTransactions} runs one unit of work at a time, so
 * the running unit already holds every key: {@link #lock} never reports {@link Lookup.Busy}, and a
 * duplicate waits for the unit ahead of it, then replays its answer.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Key(UserId owner, IdempotencyKey key) {}

  private final InMemoryTransactions transactions;
  private final Table<Key, IdempotencyRecord> records;

  public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.records = new Table<>(transactions);
  }

  @Override
  public Lookup lock(UserId owner, IdempotencyKey key) {
    if (!transactions.inUnitOfWork()) {
      throw new IllegalStateException("a key's lock needs a unit of work: call inside one");
    }
    return new Lookup.Locked(records.find(new Key(owner, key)));
  }

  @Override
  public void save(UserId owner, IdempotencyKey key, IdempotencyRecord record) {
    records.put(new Key(owner, key), record);
  }

  @Override
  public int purge(Instant before) {
    return records.removeIf(record -> record.storedAt().isBefore(before));
  }
}
