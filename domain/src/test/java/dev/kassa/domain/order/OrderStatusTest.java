package dev.kassa.domain.order;

import static dev.kassa.domain.order.OrderStatus.CANCELLED;
import static dev.kassa.domain.order.OrderStatus.DELIVERED;
import static dev.kassa.domain.order.OrderStatus.PAID;
import static dev.kassa.domain.order.OrderStatus.PAYMENT_FAILED;
import static dev.kassa.domain.order.OrderStatus.PENDING_PAYMENT;
import static dev.kassa.domain.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.testing.Seeded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStatusTest {

  private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED =
      Map.of(
          PENDING_PAYMENT, EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED),
          PAID, EnumSet.of(SHIPPED, CANCELLED),
          SHIPPED, EnumSet.of(DELIVERED),
          DELIVERED, EnumSet.noneOf(OrderStatus.class),
          CANCELLED, EnumSet.noneOf(OrderStatus.class),
          PAYMENT_FAILED, EnumSet.noneOf(OrderStatus.class));

  private static final Set<OrderStatus> TERMINAL = EnumSet.of(DELIVERED, CANCELLED, PAYMENT_FAILED);

  private static final int WALKS = 1_000;

  @ParameterizedTest
  @CsvSource({
    "PENDING_PAYMENT, PAID",
    "PENDING_PAYMENT, PAYMENT_FAILED",
    "PENDING_PAYMENT, CANCELLED",
    "PAID, SHIPPED",
    "PAID, CANCELLED",
    "SHIPPED, DELIVERED"
  })
  void allowedStepsLandOnTheTarget(OrderStatus from, OrderStatus to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.moveTo(to)).isEqualTo(to);
  }

  static Stream<Arguments> refusedSteps() {
    return Arrays.stream(OrderStatus.values())
        .flatMap(
            from ->
                Arrays.stream(OrderStatus.values())
                    .filter(to -> !ALLOWED.get(from).contains(to))
                    .map(to -> Arguments.of(from, to)));
  }

  @Test
  void theTableCoversEveryPairOfStatuses() {
    var allowed = ALLOWED.values().stream().mapToInt(Set::size).sum();

    assertThat(ALLOWED).containsOnlyKeys(OrderStatus.values());
    assertThat(allowed).isEqualTo(6);
    assertThat(refusedSteps()).hasSize(36 - allowed);
  }

  @ParameterizedTest
  @MethodSource("refusedSteps")
  void everyOtherStepIsAnInvalidStateTransition(OrderStatus from, OrderStatus to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatThrownBy(() -> from.moveTo(to))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid_state_transition");
              assertThat(e.details())
                  .containsEntry("from", from.code())
                  .containsEntry("to", to.code());
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"DELIVERED", "CANCELLED", "PAYMENT_FAILED"})
  void terminalStatusesGoNowhere(OrderStatus terminal) {
    assertThat(OrderStatus.values()).noneMatch(terminal::canMoveTo);
  }

  @Test
  void randomWalksFollowOnlyAllowedStepsAndEndInATerminalStatus(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    var statuses = OrderStatus.values();
    for (int walk = 0; walk < WALKS; walk++) {
      var current = statuses[random.nextInt(statuses.length)];
      var path = new ArrayList<>(List.of(current));
      while (path.size() <= statuses.length
          && Arrays.stream(statuses).anyMatch(current::canMoveTo)) {
        var target = statuses[random.nextInt(statuses.length)];
        var from = current;
        if (from.canMoveTo(target)) {
          assertThat(ALLOWED.get(from))
              .as("step %s -> %s on %s, %s", from, target, path, seeded.describe())
              .contains(target);
          current = from.moveTo(target);
          path.add(current);
        } else {
          assertThat(ALLOWED.get(from))
              .as("refused %s -> %s on %s, %s", from, target, path, seeded.describe())
              .doesNotContain(target);
          assertThatThrownBy(() -> from.moveTo(target))
              .as("refused %s -> %s on %s, %s", from, target, path, seeded.describe())
              .isInstanceOf(ConflictException.class);
        }
      }

      assertThat(TERMINAL).as("end of %s, %s", path, seeded.describe()).contains(current);
      assertThat(path).as("length of %s, %s", path, seeded.describe()).hasSizeLessThanOrEqualTo(4);
    }
  }

  @ParameterizedTest
  @EnumSource(OrderStatus.class)
  void parsingItsCodeGivesEachStatusBack(OrderStatus status) {
    assertThat(status.code()).isEqualTo(status.name().toLowerCase(Locale.ROOT));
    assertThat(OrderStatus.parse(status.code())).isEqualTo(status);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"PAID", "Paid", "pending", "refunded", " paid"})
  void refusesAnythingButAnExactCode(String code) {
    assertThatThrownBy(() -> OrderStatus.parse(code))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("status"));
  }
}
