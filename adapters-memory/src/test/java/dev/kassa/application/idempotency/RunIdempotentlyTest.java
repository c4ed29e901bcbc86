package dev.kassa.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunIdempotentlyTest {

  private final IdempotencyWorld world = new IdempotencyWorld();

  @Test
  void aRetryReplaysTheFirstResponseAndTheEffectHappensOnce() {
    var first = world.deposit("key-1", "hash-a");
    var retry = world.deposit("key-1", "hash-a");

    assertThat(first.replayed()).isFalse();
    assertThat(first.response().status()).isEqualTo(201);
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(world.effects).hasValue(1);
    assertThat(world.bank.balance(world.account)).isEqualTo(100);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() {
    world.deposit("key-1", "hash-a");

    assertThatThrownBy(() -> world.deposit("key-1", "hash-b"))
        .isInstanceOf(IdempotencyKeyReusedException.class)
        .hasFieldOrPropertyWithValue("code", "idempotency_key_reused");
    assertThat(world.effects).hasValue(1);
  }

  @Test
  void differentKeysRunSeparately() {
    world.deposit("key-1", "hash-a");
    world.deposit("key-2", "hash-a");

    assertThat(world.bank.balance(world.account)).isEqualTo(200);
  }

  @Test
  void keysBelongToTheirOwner() {
    var bob = world.bank.customer();
    world.deposit("shared", "hash-a");
    var bobs =
        world.runIdempotently.execute(
            new RunIdempotently.Request(
                bob.id(),
                new IdempotencyKey("shared"),
                "hash-a",
                () -> new StoredResponse(200, "bob"),
                IdempotencyWorld::refusal));

    assertThat(bobs.replayed()).isFalse();
    assertThat(bobs.response().body()).isEqualTo("bob");
  }

  @Test
  void aDomainErrorIsStoredAndReplayedWithoutRunningAgainOrKeepingAnyEffect() {
    var refused =
        world.run(
            "key-1",
            "hash-a",
            () -> {
              world.depositOnce();
              throw ConflictException.insufficientFunds(world.account);
            });
    var retry = world.deposit("key-1", "hash-a");

    assertThat(refused.replayed()).isFalse();
    assertThat(refused.response())
        .isEqualTo(new StoredResponse(409, "{\"error\":\"insufficient_funds\"}"));
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(refused.response());
    assertThat(world.effects).hasValue(1);
    assertThat(world.bank.balance(world.account)).isZero();
    assertThat(world.bank.linesOf(world.account)).isEmpty();
  }

  @Test
  void anUnexpectedFailureUndoesTheEffectAndReleasesTheKeyForARetry() {
    var boom = new IllegalStateException("store went away");

    assertThatThrownBy(
            () ->
                world.run(
                    "key-1",
                    "hash-a",
                    () -> {
                      world.depositOnce();
                      throw boom;
                    }))
        .isSameAs(boom);
    assertThat(world.bank.balance(world.account)).isZero();

    var retry = world.deposit("key-1", "hash-a");

    assertThat(retry.replayed()).isFalse();
    assertThat(world.effects).hasValue(2);
    assertThat(world.bank.balance(world.account)).isEqualTo(100);
  }

  @Test
  void aKeyStillInProgressIsInUseUntilItIsAbandoned() {
    var store = world.bank.ports().idempotency();
    var now = world.bank.clock().instant();
    world
        .bank
        .ports()
        .transactions()
        .run(
            () ->
                store.claim(
                    world.alice.id(),
                    new IdempotencyKey("key-1"),
                    "hash-a",
                    now,
                    now.minus(RunIdempotently.ABANDONED_AFTER),
                    now.minus(RunIdempotently.RETENTION)));

    assertThatThrownBy(() -> world.deposit("key-1", "hash-a"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_in_use"));
    assertThat(world.effects).hasValue(0);

    world.bank.clock().advance(RunIdempotently.ABANDONED_AFTER.plusSeconds(1));

    assertThat(world.deposit("key-1", "hash-a").replayed()).isFalse();
    assertThat(world.effects).hasValue(1);
  }

  @Test
  void aKeyIsForgottenAfterTheRetentionPeriod() {
    world.deposit("key-1", "hash-a");
    world.bank.clock().advance(RunIdempotently.RETENTION.plus(Duration.ofMinutes(1)));

    var later = world.deposit("key-1", "hash-a");

    assertThat(later.replayed()).isFalse();
    assertThat(world.effects).hasValue(2);
  }
}
