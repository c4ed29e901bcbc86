package dev.kassa.adapters.memory;

import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency records in memory. {@link InMemoryTransactions} runs one unit of work at a time, so
 * the running unit already holds every key that no {@link #hold} has taken: {@link #lock} reports
 * {@link Lookup.Busy} only for a held key, and a duplicate otherwise waits for the unit ahead of
 * it, then replays its answer. Holds live in this process only, so they end with it.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Key(UserId owner, IdempotencyKey key) {}

  private final InMemoryTransactions transactions;
  private final Table<Key, IdempotencyRecord> records;
  private final Set<Key> held = ConcurrentHashMap.newKeySet();

  public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.records = new Table<>(transactions);
  }

  @Override
  public Lookup lock(UserId owner, IdempotencyKey key) {
    if (!transactions.inUnitOfWork()) {
      throw new IllegalStateException("a key's lock needs a unit of work: call inside one");
    }
    var id = new Key(owner, key);
    return held.contains(id) ? new Lookup.Busy() : new Lookup.Locked(records.find(id));
  }

  @Override
  public Optional<Hold> hold(UserId owner, IdempotencyKey key) {
    var id = new Key(owner, key);
    return held.add(id) ? Optional.of(() -> held.remove(id)) : Optional.empty();
  }

  @Override
  public Optional<IdempotencyRecord> find(UserId owner, IdempotencyKey key) {
    return records.find(new Key(owner, key));
  }

  @Override
  public void delete(UserId owner, IdempotencyKey key) {
    records.remove(new Key(owner, key));
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
