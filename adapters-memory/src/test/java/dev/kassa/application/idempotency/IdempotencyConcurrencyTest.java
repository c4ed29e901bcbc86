package dev.kassa.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.contract.Race;
import dev.kassa.domain.error.ConflictException;
import org.junit.jupiter.api.Test;

class IdempotencyConcurrencyTest {

  private final IdempotencyWorld world = new IdempotencyWorld();

  // The replayed outcome must be the very object the first call returned.
  @SuppressWarnings("ReferenceEquality")
  @Test
  void tenConcurrentRequestsWithOneKeyRunTheEffectExactlyOnce() {
    var outcomes =
        Race.run(
            10,
            runner ->
                world.run(
                    "one-key",
                    "hash-a",
                    () -> {
                      pause();
                      return world.depositOnce();
                    }));

    assertThat(world.effects).hasValue(1);
    assertThat(world.bank.balance(world.account)).isEqualTo(100);
    var performed = outcomes.stream().filter(o -> o.succeeded() && !o.value().replayed()).toList();
    assertThat(performed).hasSize(1);
    var original = performed.getFirst().value().response();
    assertThat(outcomes)
        .filteredOn(outcome -> outcome != performed.getFirst())
        .allSatisfy(
            outcome -> {
              if (outcome.succeeded()) {
                assertThat(outcome.value().replayed()).isTrue();
                assertThat(outcome.value().response()).isEqualTo(original);
              } else {
                assertThat(outcome.failure())
                    .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("idempotency_key_in_use"));
              }
            });
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
