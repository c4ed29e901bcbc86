package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import dev.kassa.domain.idempotency.Claim;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Idempotency keys in PostgreSQL. A claim is an {@code INSERT ... ON CONFLICT DO NOTHING} committed
 * on its own connection. When the key exists, its row decides: another request hash is {@link
 * Claim.Reused} whatever the row's state; a live claim is {@link Claim.InUse}; a live completion is
 * a {@link Claim.Replay}; an abandoned claim or an expired completion is taken over by an update
 * guarded on the very condition that made it stale, so that only one taker wins.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

  static final String IN_PROGRESS = "in_progress";
  static final String COMPLETED = "completed";
  private static final int MAX_ATTEMPTS = 10;

  private final JooqDatabase database;

  public JooqIdempotencyStore(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public Claim claim(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Instant now,
      Instant abandonedBefore,
      Instant expiredBefore) {
    var dsl = database.autocommit();
    var stale = new IdempotencyStaleness(abandonedBefore, expiredBefore);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var inserted =
          dsl.insertInto(IDEMPOTENCY_KEYS)
              .set(IDEMPOTENCY_KEYS.OWNER_ID, owner.value())
              .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key.value())
              .set(IDEMPOTENCY_KEYS.REQUEST_HASH, requestHash)
              .set(IDEMPOTENCY_KEYS.STATE, IN_PROGRESS)
              .set(IDEMPOTENCY_KEYS.CREATED_AT, now)
              .onConflictDoNothing()
              .execute();
      if (inserted == 1) {
        return new Claim.Granted();
      }
      var existing = dsl.selectFrom(IDEMPOTENCY_KEYS).where(keyOf(owner, key)).fetchOne();
      if (existing == null) {
        continue;
      }
      if (!existing.getRequestHash().equals(requestHash)) {
        return new Claim.Reused();
      }
      if (!stale.isStale(existing)) {
        return IN_PROGRESS.equals(existing.getState())
            ? new Claim.InUse()
            : new Claim.Replay(
                new StoredResponse(existing.getResponseStatus(), existing.getResponseBody()));
      }
      if (takeOver(dsl, owner, key, requestHash, now, stale.condition()) == 1) {
        return new Claim.Granted();
      }
    }
    throw new IllegalStateException("idempotency key kept changing while being claimed");
  }

  private static int takeOver(
      DSLContext dsl,
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Instant now,
      Condition stillStale) {
    return dsl.update(IDEMPOTENCY_KEYS)
        .set(IDEMPOTENCY_KEYS.REQUEST_HASH, requestHash)
        .set(IDEMPOTENCY_KEYS.STATE, IN_PROGRESS)
        .setNull(IDEMPOTENCY_KEYS.RESPONSE_STATUS)
        .setNull(IDEMPOTENCY_KEYS.RESPONSE_BODY)
        .set(IDEMPOTENCY_KEYS.CREATED_AT, now)
        .setNull(IDEMPOTENCY_KEYS.COMPLETED_AT)
        .where(keyOf(owner, key))
        .and(IDEMPOTENCY_KEYS.REQUEST_HASH.eq(requestHash))
        .and(stillStale)
        .execute();
  }

  @Override
  public void complete(UserId owner, IdempotencyKey key, StoredResponse response, Instant now) {
    database
        .dsl()
        .update(IDEMPOTENCY_KEYS)
        .set(IDEMPOTENCY_KEYS.STATE, COMPLETED)
        .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, response.status())
        .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, response.body())
        .set(IDEMPOTENCY_KEYS.COMPLETED_AT, now)
        .where(keyOf(owner, key))
        .execute();
  }

  @Override
  public void release(UserId owner, IdempotencyKey key) {
    database
        .autocommit()
        .deleteFrom(IDEMPOTENCY_KEYS)
        .where(keyOf(owner, key))
        .and(IDEMPOTENCY_KEYS.STATE.eq(IN_PROGRESS))
        .execute();
  }

  @Override
  public int purge(Instant before) {
    return database
        .dsl()
        .deleteFrom(IDEMPOTENCY_KEYS)
        .where(IDEMPOTENCY_KEYS.STATE.eq(COMPLETED))
        .and(IDEMPOTENCY_KEYS.COMPLETED_AT.lt(before))
        .execute();
  }

  private static Condition keyOf(UserId owner, IdempotencyKey key) {
    return IDEMPOTENCY_KEYS
        .OWNER_ID
        .eq(owner.value())
        .and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key.value()));
  }
}
