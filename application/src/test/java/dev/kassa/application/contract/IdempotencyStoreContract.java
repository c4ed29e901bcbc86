package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore.Lookup;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.idempotency.IdempotencyStore} adapter must do: lock a key
 * inside a unit of work and read its record, save records with the unit, purge old ones.
 */
public abstract class IdempotencyStoreContract extends PortContract {

  private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":\"t-1\"}");
  private static final StoredResponse REFUSED = new StoredResponse(409, "{\"code\":\"no\"}");

  private UserId owner;
  private IdempotencyKey key;
  private Instant t0;

  @BeforeEach
  void freshOwnerAndKey() {
    owner = newOwner();
    key = new IdempotencyKey("key-" + UUID.randomUUID());
    t0 = TestTime.now();
  }

  @Test
  void aNewKeyIsLockedWithNothingStored() {
    assertThat(lockAndRead(owner, key)).isEqualTo(new Lookup.Locked(Optional.empty()));
  }

  @Test
  void aSavedRecordIsReadBackUnderTheLock() {
    var record = IdempotencyRecord.answered("hash-a", CREATED, t0);
    inTx(() -> world.idempotency().save(owner, key, record));

    assertThat(lockAndRead(owner, key)).isEqualTo(new Lookup.Locked(Optional.of(record)));
  }

  @Test
  void savingAgainReplacesTheRecord() {
    var replacement = IdempotencyRecord.answered("hash-b", REFUSED, t0.plusSeconds(90_000));
    inTx(
        () ->
            world
                .idempotency()
                .save(owner, key, IdempotencyRecord.answered("hash-a", CREATED, t0)));

    inTx(() -> world.idempotency().save(owner, key, replacement));

    assertThat(lockAndRead(owner, key)).isEqualTo(new Lookup.Locked(Optional.of(replacement)));
  }

  @Test
  void aRecordSavedInAUnitOfWorkThatRollsBackIsGone() {
    var failure = new IllegalStateException("the effect failed");

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.idempotency().lock(owner, key);
                      world
                          .idempotency()
                          .save(owner, key, IdempotencyRecord.answered("hash-a", CREATED, t0));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(lockAndRead(owner, key)).isEqualTo(new Lookup.Locked(Optional.empty()));
  }

  @Test
  void lockingOutsideAUnitOfWorkIsRefused() {
    assertThatThrownBy(() -> world.idempotency().lock(owner, key))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keysBelongToTheirOwner() {
    inTx(
        () ->
            world
                .idempotency()
                .save(owner, key, IdempotencyRecord.answered("hash-a", CREATED, t0)));

    assertThat(lockAndRead(newOwner(), key)).isEqualTo(new Lookup.Locked(Optional.empty()));
  }

  @Test
  void concurrentUnitsSeeANewKeyNewExactlyOnce() {
    var outcomes =
        Race.run(
            8,
            runner ->
                inTx(
                    () -> {
                      var lookup = world.idempotency().lock(owner, key);
                      var fresh = lookup.equals(new Lookup.Locked(Optional.empty()));
                      if (fresh) {
                        world
                            .idempotency()
                            .save(owner, key, IdempotencyRecord.answered("hash-a", CREATED, t0));
                      }
                      return fresh;
                    }));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(Race.Outcome::value)).hasSize(1);
  }

  @Test
  void purgeDeletesOnlyRecordsStoredBeforeTheCutoff() {
    var longAgo = Instant.parse("2001-02-03T04:05:06Z");
    var cutoff = longAgo.plusSeconds(10);
    var purged = key;
    var kept = new IdempotencyKey("kept-" + UUID.randomUUID());
    var keptRecord = IdempotencyRecord.answered("hash-a", CREATED, cutoff);
    inTx(
        () -> {
          world
              .idempotency()
              .save(owner, purged, IdempotencyRecord.answered("hash-a", CREATED, longAgo));
          world.idempotency().save(owner, kept, keptRecord);
        });

    var count = inTx(() -> world.idempotency().purge(cutoff));

    assertThat(count).isGreaterThanOrEqualTo(1);
    assertThat(lockAndRead(owner, purged)).isEqualTo(new Lookup.Locked(Optional.empty()));
    assertThat(lockAndRead(owner, kept)).isEqualTo(new Lookup.Locked(Optional.of(keptRecord)));
  }

  private Lookup lockAndRead(UserId who, IdempotencyKey which) {
    return inTx(() -> world.idempotency().lock(who, which));
  }

  @Test
  void anInProgressRecordKeepsItsRecoveryPointUntilAnswered() {
    var begun = IdempotencyRecord.inProgress("hash-a", "order-1", t0);
    inTx(() -> world.idempotency().save(owner, key, begun));

    assertThat(world.idempotency().find(owner, key)).contains(begun);

    var answered = IdempotencyRecord.answered("hash-a", CREATED, t0.plusSeconds(1));
    inTx(() -> world.idempotency().save(owner, key, answered));
    assertThat(world.idempotency().find(owner, key)).contains(answered);
  }

  @Test
  void aDeletedRecordIsGone() {
    inTx(
        () ->
            world
                .idempotency()
                .save(owner, key, IdempotencyRecord.inProgress("hash-a", "order-1", t0)));

    inTx(() -> world.idempotency().delete(owner, key));

    assertThat(world.idempotency().find(owner, key)).isEmpty();
  }

  @Test
  void aHeldKeyCannotBeHeldOrLockedElsewhereUntilReleased() throws Exception {
    var other = new IdempotencyKey("other-" + UUID.randomUUID());
    var hold = world.idempotency().hold(owner, key).orElseThrow();
    try (var pool = Executors.newSingleThreadExecutor()) {
      assertThat(pool.submit(() -> world.idempotency().hold(owner, key).isPresent()).get())
          .isFalse();
      assertThat(pool.submit(() -> lockAndRead(owner, key)).get()).isEqualTo(new Lookup.Busy());
      assertThat(pool.submit(() -> lockAndRead(owner, other)).get())
          .isInstanceOf(Lookup.Locked.class);

      hold.close();

      assertThat(pool.submit(() -> lockAndRead(owner, key)).get())
          .isInstanceOf(Lookup.Locked.class);
      var again = pool.submit(() -> world.idempotency().hold(owner, key)).get();
      assertThat(again).isPresent();
      again.get().close();
    }
  }
}
