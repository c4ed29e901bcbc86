package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import dev.kassa.adapters.persistence.jooq.tables.records.IdempotencyKeysRecord;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.OwnedKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Idempotency records in PostgreSQL. A key's lock is {@code pg_try_advisory_xact_lock} on a 64-bit
 * hash of owner and key: it never waits (a key held elsewhere is {@link Lookup.Busy} at once) and
 * PostgreSQL drops it when its transaction ends, however it ends, even when the client process dies
 * or its connection is cut, so a dead request never blocks a retry. The record is read in the
 * statement after the lock, not in the same one: at READ COMMITTED a statement's snapshot is taken
 * before it runs, so a read beside the lock could miss what the previous holder committed just
 * before releasing it. Two keys whose hashes collide (about one pair in 2^64) merely share a lock.
 * The lock, the read and the store are on every keyed request: rendered once.
 *
 * <p>A {@link #hold} is the session-level form of the same lock ({@code pg_try_advisory_lock}),
 * taken on a pooled connection kept aside until the hold is closed: it spans several transactions,
 * conflicts with the transaction-scoped lock of the same key, and PostgreSQL drops it when that
 * connection ends, so a holder that died holds nothing either.
 *
 * <p>In a grouped unit of work ({@link WriteBehind}), {@link #lockAhead} takes the locks of all the
 * batch's keys in one statement and reads their records in the next; {@link #lock} answers from
 * what they found, and {@link #save} of such a key is held back with the unit's other writes.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

  private static final Field<Boolean> LOCKED =
      DSL.field(
          "pg_try_advisory_xact_lock({0})", SQLDataType.BOOLEAN, DSL.val(null, SQLDataType.BIGINT));

  /** The key's transaction-scoped lock, taken or not; its value is the lock's id. */
  private static final RenderedSelect<Boolean> LOCK =
      new RenderedSelect<>(
          new Field<?>[] {LOCKED}, row -> row.get(LOCKED), values -> DSL.select(LOCKED));

  /** The key's record; its values are the owner and the key. */
  private static final RenderedSelect<IdempotencyKeysRecord> FIND =
      RenderedSelect.of(
          IDEMPOTENCY_KEYS,
          values ->
              DSL.selectFrom(IDEMPOTENCY_KEYS)
                  .where(IDEMPOTENCY_KEYS.OWNER_ID.eq(DSL.val(null, IDEMPOTENCY_KEYS.OWNER_ID)))
                  .and(
                      IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(
                          DSL.val(null, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY))));

  /** The id of a key's lock, in {@link #LOCK_AHEAD}. */
  private static final Field<Long> LOCK_ID = DSL.field(DSL.name("key", "id"), SQLDataType.BIGINT);

  /** The transaction-scoped locks of several keys, taken or not; its values are the locks' ids. */
  private static final RenderedSelect<Map.Entry<Long, Boolean>> LOCK_AHEAD =
      new RenderedSelect<>(
          new Field<?>[] {LOCK_ID, LOCKED},
          row -> Map.entry(row.get(LOCK_ID), row.get(LOCKED)),
          values -> {
            var ids = RenderedStatement.values("key", values, DSL.field("id", SQLDataType.BIGINT));
            return DSL.select(
                    LOCK_ID,
                    DSL.field("pg_try_advisory_xact_lock({0})", SQLDataType.BOOLEAN, LOCK_ID))
                .from(ids);
          });

  /** The records of several keys; its values are each key's owner and key. */
  private static final RenderedSelect<IdempotencyKeysRecord> FIND_AHEAD =
      new RenderedSelect<>(
          IDEMPOTENCY_KEYS.fields(),
          row -> row.into(IDEMPOTENCY_KEYS),
          values -> {
            var keys =
                RenderedStatement.values(
                    "key", values / 2, IDEMPOTENCY_KEYS.OWNER_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY);
            return DSL.select(IDEMPOTENCY_KEYS.fields())
                .from(keys)
                .join(IDEMPOTENCY_KEYS)
                .on(
                    IDEMPOTENCY_KEYS.OWNER_ID.eq(
                        keys.field(IDEMPOTENCY_KEYS.OWNER_ID.getName(), UUID.class)))
                .and(
                    IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(
                        keys.field(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.getName(), String.class)));
          });

  /** A key locked ahead in a grouped unit of work, and what its lock found or a unit saved. */
  record KeyLookup(OwnedKey key, Lookup lookup) {}

  /** A key's record stored, or stored again over the one it had. */
  private static final RenderedInsert<IdempotencyKeysRecord> SAVE =
      new RenderedInsert<>(
          IDEMPOTENCY_KEYS,
          List.of(
              IDEMPOTENCY_KEYS.OWNER_ID,
              IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY,
              IDEMPOTENCY_KEYS.REQUEST_HASH,
              IDEMPOTENCY_KEYS.RESPONSE_STATUS,
              IDEMPOTENCY_KEYS.RESPONSE_BODY,
              IDEMPOTENCY_KEYS.RECOVERY_POINT,
              IDEMPOTENCY_KEYS.STORED_AT),
          insert ->
              RenderedInsert.onConflictTakingNew(
                  insert,
                  List.of(IDEMPOTENCY_KEYS.OWNER_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY),
                  List.of(
                      IDEMPOTENCY_KEYS.REQUEST_HASH,
                      IDEMPOTENCY_KEYS.RESPONSE_STATUS,
                      IDEMPOTENCY_KEYS.RESPONSE_BODY,
                      IDEMPOTENCY_KEYS.RECOVERY_POINT,
                      IDEMPOTENCY_KEYS.STORED_AT)));

  private final JooqDatabase database;

  public JooqIdempotencyStore(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public Lookup lock(UserId owner, IdempotencyKey key) {
    var dsl = database.requireUnitOfWork();
    var ahead = lockedAhead(new OwnedKey(owner, key));
    if (ahead != null) {
      return ahead.lookup();
    }
    var locked = LOCK.fetch(dsl, List.of(lockId(owner, key))).getFirst();
    if (!locked) {
      return new Lookup.Busy();
    }
    return new Lookup.Locked(read(dsl, owner, key));
  }

  /**
   * Inside a grouped unit of work, takes the locks of {@code keys} not locked here yet in one
   * statement, then reads the records of those it took in the next, and keeps both for {@link
   * #lock}; outside one, does nothing.
   */
  @Override
  public void lockAhead(Collection<OwnedKey> keys) {
    var writes = database.writeBehind();
    if (writes == null) {
      return;
    }
    var locked = writes.idempotencyKeys();
    var unlocked = keys.stream().distinct().filter(key -> locked.get(key) == null).toList();
    if (unlocked.isEmpty()) {
      return;
    }
    var dsl = database.dsl();
    var ids = unlocked.stream().map(key -> lockId(key.owner(), key.key())).toList();
    var taken =
        WriteBehind.aside(WriteBehind.Access.READS, () -> LOCK_AHEAD.fetch(dsl, ids)).stream()
            .filter(Map.Entry::getValue)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    var mine =
        IntStream.range(0, unlocked.size())
            .filter(i -> taken.contains(ids.get(i)))
            .mapToObj(unlocked::get)
            .toList();
    var values = new ArrayList<Object>(mine.size() * 2);
    for (var key : mine) {
      values.add(key.owner().value());
      values.add(key.key().value());
    }
    var records =
        mine.isEmpty()
            ? Map.<OwnedKey, IdempotencyRecord>of()
            : WriteBehind.aside(WriteBehind.Access.READS, () -> FIND_AHEAD.fetch(dsl, values))
                .stream()
                .collect(
                    Collectors.toMap(
                        row ->
                            new OwnedKey(
                                new UserId(row.getOwnerId()),
                                new IdempotencyKey(row.getIdempotencyKey())),
                        JooqIdempotencyStore::toRecord));
    locked.lockedNow(
        unlocked.stream()
            .map(
                key ->
                    new KeyLookup(
                        key,
                        mine.contains(key)
                            ? new Lookup.Locked(Optional.ofNullable(records.get(key)))
                            : new Lookup.Busy()))
            .toList());
  }

  /** The key's lookup when the running grouped unit of work locked it ahead, else null. */
  private KeyLookup lockedAhead(OwnedKey key) {
    var writes = database.writeBehind();
    return writes == null ? null : writes.idempotencyKeys().get(key);
  }

  @Override
  public Optional<Hold> hold(UserId owner, IdempotencyKey key) {
    var provider = database.autocommit().configuration().connectionProvider();
    var connection = provider.acquire();
    var session = DSL.using(connection, SQLDialect.POSTGRES);
    var id = DSL.val(lockId(owner, key));
    boolean taken;
    try {
      taken =
          session
              .select(DSL.field("pg_try_advisory_lock({0})", SQLDataType.BOOLEAN, id))
              .fetchSingle()
              .value1();
    } catch (RuntimeException failed) {
      provider.release(connection);
      throw failed;
    }
    if (!taken) {
      provider.release(connection);
      return Optional.empty();
    }
    return Optional.of(() -> release(session, id, connection));
  }

  /** Unlocks and returns the connection; one that cannot unlock is closed, which unlocks too. */
  private void release(DSLContext session, Field<Long> id, Connection connection) {
    var provider = database.autocommit().configuration().connectionProvider();
    try {
      session.select(DSL.field("pg_advisory_unlock({0})", SQLDataType.BOOLEAN, id)).fetch();
    } catch (RuntimeException unlockFailed) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException closeFailed) {
        unlockFailed.addSuppressed(closeFailed);
      }
    } finally {
      provider.release(connection);
    }
  }

  @Override
  public Optional<IdempotencyRecord> find(UserId owner, IdempotencyKey key) {
    return read(database.dsl(), owner, key);
  }

  private static Optional<IdempotencyRecord> read(
      DSLContext dsl, UserId owner, IdempotencyKey key) {
    return FIND.fetch(dsl, List.of(owner.value(), key.value())).stream()
        .findFirst()
        .map(JooqIdempotencyStore::toRecord);
  }

  @Override
  public void delete(UserId owner, IdempotencyKey key) {
    database.dsl().deleteFrom(IDEMPOTENCY_KEYS).where(keyOf(owner, key)).execute();
  }

  /**
   * Stores the record, or, for a key locked ahead in the running grouped unit of work, keeps it
   * there to be written at the flush.
   */
  @Override
  public void save(UserId owner, IdempotencyKey key, IdempotencyRecord record) {
    var owned = new OwnedKey(owner, key);
    var ahead = lockedAhead(owned);
    if (ahead != null && ahead.lookup() instanceof Lookup.Locked) {
      database
          .writeBehind()
          .idempotencyKeys()
          .changedTo(new KeyLookup(owned, new Lookup.Locked(Optional.of(record))));
      return;
    }
    SAVE.execute(database.dsl(), List.of(row(owned, record)));
  }

  /** Writes the records that units of a grouped unit of work saved for keys locked ahead. */
  static void storeRecords(DSLContext dsl, List<KeyLookup> saved) {
    var rows =
        saved.stream()
            .map(
                ahead ->
                    row(
                        ahead.key(),
                        ((Lookup.Locked) ahead.lookup())
                            .stored()
                            .orElseThrow(
                                () -> new IllegalStateException("no record saved: " + ahead))))
            .toList();
    SAVE.execute(dsl, rows);
  }

  private static IdempotencyKeysRecord row(OwnedKey owned, IdempotencyRecord record) {
    var response = record.response();
    return Rows.of(IDEMPOTENCY_KEYS)
        .setOwnerId(owned.owner().value())
        .setIdempotencyKey(owned.key().value())
        .setRequestHash(record.requestFingerprint())
        .setResponseStatus(response == null ? null : response.status())
        .setResponseBody(response == null ? null : response.body())
        .setRecoveryPoint(record.recoveryPoint())
        .setStoredAt(record.storedAt());
  }

  @Override
  public int purge(Instant before) {
    return database
        .dsl()
        .deleteFrom(IDEMPOTENCY_KEYS)
        .where(IDEMPOTENCY_KEYS.STORED_AT.lt(before))
        .execute();
  }

  private static IdempotencyRecord toRecord(IdempotencyKeysRecord row) {
    var response =
        row.getResponseStatus() == null
            ? null
            : new StoredResponse(row.getResponseStatus(), row.getResponseBody());
    return new IdempotencyRecord(
        row.getRequestHash(), response, row.getRecoveryPoint(), row.getStoredAt());
  }

  /** The advisory lock's id: the first 64 bits of SHA-256 over owner and key. */
  static long lockId(UserId owner, IdempotencyKey key) {
    var text = owner.value() + "\n" + key.value();
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
    }
  }

  private static Condition keyOf(UserId owner, IdempotencyKey key) {
    return IDEMPOTENCY_KEYS
        .OWNER_ID
        .eq(owner.value())
        .and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key.value()));
  }
}
