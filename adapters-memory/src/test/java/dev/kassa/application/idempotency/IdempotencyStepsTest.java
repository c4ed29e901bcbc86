package dev.kassa.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.StoredResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effects of several units of work: begun once, finished from their recovery point. */
class IdempotencyStepsTest {

  private final IdempotencyWorld world = new IdempotencyWorld();
  private final List<String> begun = new ArrayList<>();
  private final List<String> finished = new ArrayList<>();
  private final Idempotency.Request request =
      IdempotencyWorld.request(world.bank.customer(), "key-1", "hash-a");

  @Test
  void anAnsweredEffectReplaysWithoutBeginningOrFinishingAgain() {
    var first = world.idempotency.runInSteps(request, steps(Outcome.ANSWER));
    var retry = world.idempotency.runInSteps(request, steps(Outcome.ANSWER));

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(begun).hasSize(1);
    assertThat(finished).hasSize(1);
  }

  @Test
  void aRetryAfterAFinishThatDiedResumesFromTheRecoveryPointWithoutBeginningAgain() {
    assertThatThrownBy(() -> world.idempotency.runInSteps(request, steps(Outcome.DIE)))
        .hasMessage("the process died while finishing");

    var retry = world.idempotency.runInSteps(request, steps(Outcome.ANSWER));

    assertThat(retry.replayed()).isFalse();
    assertThat(retry.response().body()).isEqualTo("done point-1");
    assertThat(begun).containsExactly("point-1");
    assertThat(finished).containsExactly("point-1", "point-1");
  }

  @Test
  void anUndoneEffectIsAnsweredButNotKeptSoTheKeyIsFreeAgain() {
    var undone = world.idempotency.runInSteps(request, steps(Outcome.UNDO));
    var again = world.idempotency.runInSteps(request, steps(Outcome.ANSWER));

    assertThat(undone.response().status()).isEqualTo(503);
    assertThat(again.replayed()).isFalse();
    assertThat(again.response().body()).isEqualTo("done point-2");
    assertThat(begun).containsExactly("point-1", "point-2");
  }

  @Test
  void aRefusedBeginningLeavesNothingAndTheKeyIsFree() {
    var refusing =
        new Idempotency.Steps() {
          @Override
          public String begin() {
            throw new IllegalStateException("refused before anything was written");
          }

          @Override
          public Idempotency.Finish finish(String recoveryPoint) {
            throw new AssertionError("never reached");
          }
        };
    assertThatThrownBy(() -> world.idempotency.runInSteps(request, refusing))
        .hasMessage("refused before anything was written");

    assertThat(world.idempotency.runInSteps(request, steps(Outcome.ANSWER)).replayed()).isFalse();
  }

  @Test
  void anotherRequestWithTheKeyOfABegunEffectIsReused() {
    assertThatThrownBy(() -> world.idempotency.runInSteps(request, steps(Outcome.DIE)));

    assertThatThrownBy(
            () ->
                world.idempotency.runInSteps(
                    new Idempotency.Request(request.owner(), request.key(), "hash-b"),
                    steps(Outcome.ANSWER)))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(begun).hasSize(1);
  }

  private enum Outcome {
    ANSWER,
    UNDO,
    DIE
  }

  private Idempotency.Steps steps(Outcome outcome) {
    return new Idempotency.Steps() {
      @Override
      public String begin() {
        var point = "point-" + (begun.size() + 1);
        begun.add(point);
        return point;
      }

      @Override
      public Idempotency.Finish finish(String recoveryPoint) {
        finished.add(recoveryPoint);
        return switch (outcome) {
          case ANSWER ->
              new Idempotency.Finish.Answered(new StoredResponse(201, "done " + recoveryPoint));
          case UNDO -> new Idempotency.Finish.Undone(new StoredResponse(503, "unavailable"));
          case DIE -> throw new IllegalStateException("the process died while finishing");
        };
      }
    };
  }
}
