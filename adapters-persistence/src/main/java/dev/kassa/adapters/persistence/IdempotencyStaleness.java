package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import dev.kassa.adapters.persistence.jooq.tables.records.IdempotencyKeysRecord;
import java.time.Instant;
import org.jooq.Condition;

/** When a row no longer holds its key: a claim abandoned in progress, or an expired response. */
record IdempotencyStaleness(Instant abandonedBefore, Instant expiredBefore) {

  Condition condition() {
    return IDEMPOTENCY_KEYS
        .STATE
        .eq(JooqIdempotencyStore.IN_PROGRESS)
        .and(IDEMPOTENCY_KEYS.CREATED_AT.lt(abandonedBefore))
        .or(
            IDEMPOTENCY_KEYS
                .STATE
                .eq(JooqIdempotencyStore.COMPLETED)
                .and(IDEMPOTENCY_KEYS.COMPLETED_AT.lt(expiredBefore)));
  }

  boolean isStale(IdempotencyKeysRecord row) {
    return JooqIdempotencyStore.IN_PROGRESS.equals(row.getState())
        ? row.getCreatedAt().isBefore(abandonedBefore)
        : row.getCompletedAt().isBefore(expiredBefore);
  }
}
