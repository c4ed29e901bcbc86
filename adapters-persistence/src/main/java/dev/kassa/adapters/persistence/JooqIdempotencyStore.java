package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import dev.kassa.adapters.persistence.jooq.tables.records.IdempotencyKeysRecord;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    var locked = LOCK.fetch(dsl, List.of(lockId(owner, key))).getFirst();
    if (!locked) {
      return new Lookup.Busy();
    }
    return new Lookup.Locked(read(dsl, owner, key));
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

  @Override
  public void save(UserId owner, IdempotencyKey key, IdempotencyRecord record) {
    var response = record.response();
    var row =
        new IdempotencyKeysRecord()
            .setOwnerId(owner.value())
            .setIdempotencyKey(key.value())
            .setRequestHash(record.requestFingerprint())
            .setResponseStatus(response == null ? null : response.status())
            .setResponseBody(response == null ? null : response.body())
            .setRecoveryPoint(record.recoveryPoint())
            .setStoredAt(record.storedAt());
    SAVE.execute(database.dsl(), List.of(row));
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
