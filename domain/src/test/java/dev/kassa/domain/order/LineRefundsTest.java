package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundLine;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineRefundsTest {

  private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

  private final OrderLine lamp = line(Money.of(3_333, "EUR"), 3);
  private final OrderLine pen = line(Money.of(1, "EUR"), 7);
  private final Order order =
      Order.paid(
          OrderId.newId(),
          UserId.newId(),
          OrderKind.CHECKOUT,
          List.of(lamp, pen),
          Payment.capturedFromAccount(
              Money.of(3 * 3_333 + 7, "EUR"), AccountId.newId(), EntryId.newId(), AT),
          AT);

  @Test
  void linesAreRefundedAtTheirSnapshottedPricesExactlyToTheMinorUnit() {
    var scope =
        LineRefunds.scope(
            order,
            List.of(),
            List.of(new LineRefunds.Item(lamp.productId(), 2), item(pen, 7)),
            true);

    assertThat(scope.amount()).isEqualTo(Money.of(2 * 3_333 + 7, "EUR"));
    assertThat(scope.lines())
        .containsExactly(
            new RefundLine(lamp.productId(), 2, Money.of(6_666, "EUR")),
            new RefundLine(pen.productId(), 7, Money.of(7, "EUR")));
    assertThat(scope.restock()).isTrue();
  }

  @Test
  void aLineGivesBackAtMostWhatWasBoughtAndNotRefundedCountingRequestedButNotFailedRefunds() {
    var requested = requested(new RefundLine(lamp.productId(), 1, Money.of(3_333, "EUR")));
    var failed = requested(new RefundLine(lamp.productId(), 2, Money.of(6_666, "EUR"))).failed();
    var earlier = List.of(requested, failed);

    assertThat(LineRefunds.scope(order, earlier, List.of(item(lamp, 2)), false).amount())
        .isEqualTo(Money.of(6_666, "EUR"));
    assertThatThrownBy(() -> LineRefunds.scope(order, earlier, List.of(item(lamp, 3)), false))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Map.entry(
                            "items[0].quantity", "must be at most 2, what is left to refund")));
  }

  @Test
  void everyBadItemIsReportedAtOnce() {
    var stranger = new LineRefunds.Item(ProductId.newId(), 1);

    assertThatThrownBy(
            () ->
                LineRefunds.scope(
                    order,
                    List.of(),
                    List.of(stranger, item(pen, 8), item(lamp, 1), item(lamp, 1)),
                    false))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys(
                        "items[0].productId", "items[1].quantity", "items[3].productId"));
  }

  @Test
  void stockStillOutIsWhatCompletedRestockingRefundsDidNotPutBack() {
    var restocked =
        completed(requested(true, new RefundLine(lamp.productId(), 2, lamp.unitPrice().times(2))));
    var notRestocked =
        completed(requested(false, new RefundLine(pen.productId(), 7, Money.of(7, "EUR"))));
    var stillRequested = requested(true, new RefundLine(lamp.productId(), 1, lamp.unitPrice()));

    assertThat(LineRefunds.stillOut(order, List.of(restocked, notRestocked, stillRequested)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(lamp.productId(), 1, pen.productId(), 7));
    assertThat(LineRefunds.stillOut(order.moveTo(OrderStatus.CANCELLED, AT), List.of())).isEmpty();
  }

  @Test
  void aRestockingRefundPutsBackAtMostWhatIsStillOutAndNothingOnceTheOrderIsCancelled() {
    var restocked =
        completed(requested(true, new RefundLine(lamp.productId(), 2, lamp.unitPrice().times(2))));
    var scope =
        RefundScope.ofLines(
            List.of(
                new RefundLine(lamp.productId(), 1, lamp.unitPrice()),
                new RefundLine(pen.productId(), 3, Money.of(3, "EUR"))),
            true);

    assertThat(LineRefunds.toRestock(order, List.of(restocked), scope))
        .containsExactlyInAnyOrderEntriesOf(Map.of(lamp.productId(), 1, pen.productId(), 3));
    assertThat(LineRefunds.toRestock(order.moveTo(OrderStatus.CANCELLED, AT), List.of(), scope))
        .isEmpty();
    assertThat(LineRefunds.toRestock(order, List.of(), RefundScope.ofLines(scope.lines(), false)))
        .isEmpty();
  }

  private Refund requested(RefundLine... lines) {
    return requested(false, lines);
  }

  private Refund requested(boolean restock, RefundLine... lines) {
    return Refund.requested(
        order.id(),
        order.payment().id(),
        RefundScope.ofLines(List.of(lines), restock),
        null,
        false,
        AT);
  }

  private static Refund completed(Refund requested) {
    return requested.completed(new ProviderRefund("re_1", RefundStatus.SUCCEEDED), EntryId.newId());
  }

  private static LineRefunds.Item item(OrderLine line, int quantity) {
    return new LineRefunds.Item(line.productId(), quantity);
  }

  private static OrderLine line(Money unitPrice, int quantity) {
    return new OrderLine(ProductId.newId(), "SKU", "Product", unitPrice, quantity);
  }
}
