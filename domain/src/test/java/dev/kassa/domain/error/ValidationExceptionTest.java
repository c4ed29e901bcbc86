package dev.kassa.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void aCollectorFailsOnceWithTheProblemsOfEveryField() {
    var problems =
        new ValidationException.Collector()
            .check(false, "sku", "is too long")
            .require(null, "name")
            .check(true, "price", "must be positive");

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .isEqualTo(Map.of("sku", "is too long", "name", "is required")));
  }

  @Test
  void theFirstProblemOfAFieldIsTheOneReported() {
    var problems =
        new ValidationException.Collector()
            .add("currency", "must be an ISO 4217 code such as EUR")
            .require(null, "currency");

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("currency", "must be an ISO 4217 code such as EUR"));
  }

  @Test
  void anAttemptNotesEveryProblemOfARefusedConstructorAndGoesOn() {
    var problems = new ValidationException.Collector();

    var refused =
        problems.attempt(
            () -> {
              throw new ValidationException(Map.of("sku", "is too long", "name", "is required"));
            });
    var accepted = problems.attempt(() -> "made");

    assertThat(refused).isNull();
    assertThat(accepted).isEqualTo("made");
    assertThat(problems.has("sku")).isTrue();
    assertThat(problems.has("name")).isTrue();
    assertThat(problems.isEmpty()).isFalse();
  }

  @Test
  void aCollectorWithoutProblemsDoesNotFail() {
    var problems = new ValidationException.Collector().check(true, "sku", "is too long");

    assertThat(problems.isEmpty()).isTrue();
    problems.throwIfAny();
  }
}
