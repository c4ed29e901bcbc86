package dev.kassa.domain.idempotency;

import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Storage of idempotency records, scoped to their owner, and the per-key lock that serialises the
 * requests of one key. The store decides nothing: {@link IdempotencyDecision} does, from what
 * {@link #lock} read.
 */
public interface IdempotencyStore {

  /** What {@link #lock} found. */
  sealed interface Lookup {

    /** Another running unit of work holds the key. */
    record Busy() implements Lookup {}

    /** The running unit of work now holds the key; its stored record, if any. */
    record Locked(Optional<IdempotencyRecord> stored) implements Lookup {}
  }

  /**
   * Takes the key's lock for the running unit of work, without waiting, and reads the key's record
   * after taking it, so the read sees whatever a previous holder committed. The lock ends with the
   * unit of work, committed or rolled back, so a request that died holds nothing. Must be called
   * inside a unit of work.
   */
  Lookup lock(UserId owner, IdempotencyKey key);

  /**
   * Takes the locks of {@code keys} for the running unit of work and reads their records, all at
   * once, so that {@link #lock} answers each of them from what it found for the rest of that unit,
   * and {@link #save} of one is written with the unit's other held-back writes. A store that
   * cannot, or a call outside a unit of work that holds back its writes, does nothing.
   */
  default void lockAhead(Collection<OwnedKey> keys) {}

  /**
   * Holds the key across several units of work, without waiting, until the hold is closed: while
   * held, {@link #lock} and other holds of the key are refused. The hold ends with the process (or,
   * in a database, with the connection that holds it), so a request that died holds nothing. Called
   * outside any unit of work.
   *
   * @return empty when the key is held or locked elsewhere
   */
  Optional<Hold> hold(UserId owner, IdempotencyKey key);

  /** A key held by {@link #hold}. */
  interface Hold extends AutoCloseable {

    /** Releases the key. */
    @Override
    void close();
  }

  /** The key's record, read on its own (by the holder of a {@link #hold}). */
  Optional<IdempotencyRecord> find(UserId owner, IdempotencyKey key);

  /** Forgets the key's record, in the running unit of work (or in one of its own). */
  void delete(UserId owner, IdempotencyKey key);

  /** Stores the record of a locked key, replacing any earlier one, in the running unit of work. */
  void save(UserId owner, IdempotencyKey key, IdempotencyRecord record);

  /** Deletes records stored before {@code before}; returns how many. */
  int purge(Instant before);
}
