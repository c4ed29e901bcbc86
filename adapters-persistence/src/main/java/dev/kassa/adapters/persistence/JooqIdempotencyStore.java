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
 *
 * <p>A {@link #hold} is the session-level form of the same lock ({@code pg_try_advisory_lock}),
 * taken on a pooled connection kept aside until the hold is closed: it spans several transactions,
 * conflicts with the transaction-scoped lock of the same key, and PostgreSQL drops it when that
 * connection ends, so a holder that died holds nothing either.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

  private final JooqDatabase database;

  public JooqIdempotencyStore(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public Lookup lock(UserId owner, IdempotencyKey key) {
    var dsl = database.requireUnitOfWork();
    var locked =
        dsl.select(
                DSL.field(
                    "pg_try_advisory_xact_lock({0})",
                    SQLDataType.BOOLEAN, DSL.val(lockId(owner, key))))
            .fetchSingle()
            .value1();
    if (!locked) {
      return new Lookup.Busy();
    }
    return new Lookup.Locked(
        dsl.selectFrom(IDEMPOTENCY_KEYS)
            .where(keyOf(owner, key))
            .fetchOptional()
            .map(JooqIdempotencyStore::toRecord));
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
    return database
        .dsl()
        .selectFrom(IDEMPOTENCY_KEYS)
        .where(keyOf(owner, key))
        .fetchOptional()
        .map(JooqIdempotencyStore::toRecord);
  }

  @Override
  public void delete(UserId owner, IdempotencyKey key) {
    database.dsl().deleteFrom(IDEMPOTENCY_KEYS).where(keyOf(owner, key)).execute();
  }

  @Override
  public void save(UserId owner, IdempotencyKey key, IdempotencyRecord record) {
    var response = record.response();
    var status = response == null ? null : response.status();
    var body = response == null ? null : response.body();
    database
        .dsl()
        .insertInto(IDEMPOTENCY_KEYS)
        .set(IDEMPOTENCY_KEYS.OWNER_ID, owner.value())
        .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key.value())
        .set(IDEMPOTENCY_KEYS.REQUEST_HASH, record.requestFingerprint())
        .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, status)
        .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, body)
        .set(IDEMPOTENCY_KEYS.RECOVERY_POINT, record.recoveryPoint())
        .set(IDEMPOTENCY_KEYS.STORED_AT, record.storedAt())
        .onConflict(IDEMPOTENCY_KEYS.OWNER_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)
        .doUpdate()
        .set(IDEMPOTENCY_KEYS.REQUEST_HASH, record.requestFingerprint())
        .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, status)
        .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, body)
        .set(IDEMPOTENCY_KEYS.RECOVERY_POINT, record.recoveryPoint())
        .set(IDEMPOTENCY_KEYS.STORED_AT, record.storedAt())
        .execute();
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
