package dev.kassa.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.StoredResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

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
        world.idempotency.run(
            IdempotencyWorld.request(bob, "shared", "hash-a"),
            () -> new StoredResponse(200, "bob"));

    assertThat(bobs.replayed()).isFalse();
    assertThat(bobs.response().body()).isEqualTo("bob");
  }

  @Test
  void aRefusedRequestKeepsNoEffectAndItsRecordedRefusalIsReplayed() {
    var refusal = ConflictException.insufficientFunds(world.account);
    var request = IdempotencyWorld.request(world.alice, "key-1", "hash-a");

    assertThatThrownBy(
            () ->
                world.idempotency.run(
                    request,
                    () -> {
                      world.depositOnce();
                      throw refusal;
                    }))
        .isSameAs(refusal);
    var refused = world.idempotency.recordRefusal(request, IdempotencyWorld.refusal(refusal));
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
  void aRefusalRecordedAfterAConcurrentSuccessReplaysTheSuccess() {
    var request = IdempotencyWorld.request(world.alice, "key-1", "hash-a");
    var succeeded = world.deposit("key-1", "hash-a");

    var late = world.idempotency.recordRefusal(request, new StoredResponse(409, "{}"));

    assertThat(late.replayed()).isTrue();
    assertThat(late.response()).isEqualTo(succeeded.response());
  }

  @Test
  void anUnexpectedFailureUndoesTheEffectAndLeavesNothingSoTheRetryRunsAtOnce() {
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
  void aKeyIsForgottenAfterTheRetentionPeriod() {
    world.deposit("key-1", "hash-a");
    world.bank.clock().advance(Duration.ofHours(24).plus(Duration.ofMinutes(1)));

    var later = world.deposit("key-1", "hash-a");

    assertThat(later.replayed()).isFalse();
    assertThat(world.effects).hasValue(2);
  }

  @Test
  void purgingForgetsOnlyKeysPastTheirRetention() {
    world.deposit("old", "hash-a");
    world.bank.clock().advance(Duration.ofHours(23));
    world.deposit("recent", "hash-a");
    world.bank.clock().advance(Duration.ofHours(2));

    var purged = world.purge.execute();

    assertThat(purged).isEqualTo(1);
    assertThat(world.deposit("old", "hash-b").replayed()).isFalse();
    assertThat(world.deposit("recent", "hash-a").replayed()).isTrue();
  }
}
