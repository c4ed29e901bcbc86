package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant PAID_AT = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant SHIPPED_AT = Instant.parse("2025-03-02T09:00:00Z");
  private static final Instant DELIVERED_AT = Instant.parse("2025-03-04T15:30:00Z");

  private final UserId buyer = UserId.newId();
  private final List<OrderLine> lines =
      List.of(line("SKU-1", Money.of(1_250, "EUR"), 2), line("SKU-2", Money.of(499, "EUR"), 3));

  @Test
  void aPaidOrderStartsPaidWithOneStepOfHistory() {
    var id = OrderId.newId();
    var payment = paymentOf(Money.of(3_997, "EUR"));

    var order = Order.paid(id, buyer, OrderKind.CHECKOUT, lines, payment, PAID_AT);

    assertThat(order.id()).isEqualTo(id);
    assertThat(order.userId()).isEqualTo(buyer);
    assertThat(order.kind()).isEqualTo(OrderKind.CHECKOUT);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.currency()).isEqualTo(EUR);
    assertThat(order.lines()).isEqualTo(lines);
    assertThat(order.payment()).isEqualTo(payment);
    assertThat(order.history()).containsExactly(new StatusChange(OrderStatus.PAID, PAID_AT));
    assertThat(order.createdAt()).isEqualTo(PAID_AT);
    assertThat(order.updatedAt()).isEqualTo(PAID_AT);
  }

  @Test
  void theCurrencyIsThatOfThePayment() {
    var yen = List.of(line("SKU-1", Money.of(500, "JPY"), 2));

    var order =
        Order.paid(
            OrderId.newId(),
            buyer,
            OrderKind.PURCHASE,
            yen,
            paymentOf(Money.of(1_000, "JPY")),
            PAID_AT);

    assertThat(order.currency()).isEqualTo(Currency.getInstance("JPY"));
    assertThat(order.total()).isEqualTo(Money.of(1_000, "JPY"));
  }

  @Test
  void subtotalIsTheSumOfTheLineTotalsAndTheTotalEqualsIt() {
    var order = paidOrder();

    assertThat(order.subtotal()).isEqualTo(Money.of(2 * 1_250 + 3 * 499, "EUR"));
    assertThat(order.total()).isEqualTo(order.subtotal());
  }

  @Test
  void subtotalOfNoLinesIsZero() {
    assertThat(Order.subtotalOf(List.of(), EUR)).isEqualTo(Money.zero(EUR));
  }

  @Test
  void moveToAppendsToTheHistoryAndKeepsEverythingElse() {
    var order = paidOrder();

    var shipped = order.moveTo(OrderStatus.SHIPPED, SHIPPED_AT);

    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.history())
        .containsExactly(
            new StatusChange(OrderStatus.PAID, PAID_AT),
            new StatusChange(OrderStatus.SHIPPED, SHIPPED_AT));
    assertThat(shipped.id()).isEqualTo(order.id());
    assertThat(shipped.lines()).isEqualTo(order.lines());
    assertThat(shipped.payment()).isEqualTo(order.payment());
    assertThat(shipped.total()).isEqualTo(order.total());
    assertThat(shipped.createdAt()).isEqualTo(PAID_AT);
    assertThat(shipped.updatedAt()).isEqualTo(SHIPPED_AT);
    assertThat(order.history()).hasSize(1);
  }

  @Test
  void theHistoryRecordsTheWholeLifecycleInOrder() {
    var delivered =
        paidOrder()
            .moveTo(OrderStatus.SHIPPED, SHIPPED_AT)
            .moveTo(OrderStatus.DELIVERED, DELIVERED_AT);

    assertThat(delivered.history())
        .extracting(StatusChange::status, StatusChange::at)
        .containsExactly(
            tuple(OrderStatus.PAID, PAID_AT),
            tuple(OrderStatus.SHIPPED, SHIPPED_AT),
            tuple(OrderStatus.DELIVERED, DELIVERED_AT));
  }

  @Test
  void anIllegalMoveIsRefusedAndChangesNothing() {
    var order = paidOrder();

    assertThatThrownBy(() -> order.moveTo(OrderStatus.DELIVERED, SHIPPED_AT))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid_state_transition");
              assertThat(e.details())
                  .containsEntry("from", "paid")
                  .containsEntry("to", "delivered");
            });
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.history()).hasSize(1);
  }

  @Test
  void withPaymentReplacesThePaymentAndKeepsTheStatusAndHistory() {
    var order = paidOrder();
    var refunded = order.payment().refund(order.total(), SHIPPED_AT);

    var changed = order.withPayment(refunded, SHIPPED_AT);

    assertThat(changed.payment()).isEqualTo(refunded);
    assertThat(changed.status()).isEqualTo(OrderStatus.PAID);
    assertThat(changed.history()).isEqualTo(order.history());
    assertThat(changed.updatedAt()).isEqualTo(SHIPPED_AT);
  }

  @Test
  void refusesALineInAnotherCurrency() {
    var mixed = List.of(lines.getFirst(), line("SKU-3", Money.of(100, "USD"), 1));

    assertThatThrownBy(
            () ->
                Order.paid(
                    OrderId.newId(),
                    buyer,
                    OrderKind.CHECKOUT,
                    mixed,
                    paymentOf(Money.of(2_600, "EUR")),
                    PAID_AT))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("expected", "EUR")
                    .containsEntry("actual", "USD"));
  }

  @Test
  void refusesAnOrderWithoutLines() {
    assertThatThrownBy(
            () ->
                Order.paid(
                    OrderId.newId(),
                    buyer,
                    OrderKind.CHECKOUT,
                    List.of(),
                    paymentOf(Money.of(100, "EUR")),
                    PAID_AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void linesAndHistoryAreCopiesThatCannotBeChanged() {
    var source = new ArrayList<>(lines);
    var order =
        Order.paid(
            OrderId.newId(),
            buyer,
            OrderKind.CHECKOUT,
            source,
            paymentOf(Money.of(3_997, "EUR")),
            PAID_AT);
    source.clear();

    assertThat(order.lines()).hasSize(2);
    assertThatThrownBy(() -> order.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.history().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anOrderAwaitingPaymentAtAProviderIsPaidOrFailsButDoesNotShip() {
    var payment =
        Payment.pendingAtProvider(
            PaymentId.newId(),
            "simulated",
            new ProviderIntent("pi_1", "pi_1_secret"),
            Money.of(3_997, "EUR"),
            SHIPPED_AT,
            PAID_AT);

    var order =
        Order.awaitingPayment(OrderId.newId(), buyer, OrderKind.CHECKOUT, lines, payment, PAID_AT);

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(order.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(order.history())
        .containsExactly(new StatusChange(OrderStatus.PENDING_PAYMENT, PAID_AT));
    assertThat(order.moveTo(OrderStatus.PAID, SHIPPED_AT).status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.moveTo(OrderStatus.PAYMENT_FAILED, SHIPPED_AT).status())
        .isEqualTo(OrderStatus.PAYMENT_FAILED);
    assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, SHIPPED_AT))
        .isInstanceOf(ConflictException.class);
  }

  private Order paidOrder() {
    return Order.paid(
        OrderId.newId(),
        buyer,
        OrderKind.CHECKOUT,
        lines,
        paymentOf(Money.of(3_997, "EUR")),
        PAID_AT);
  }

  private static Payment paymentOf(Money amount) {
    return Payment.capturedFromAccount(amount, AccountId.newId(), EntryId.newId(), PAID_AT);
  }

  private static OrderLine line(String sku, Money unitPrice, int quantity) {
    return new OrderLine(ProductId.newId(), sku, "Product " + sku, unitPrice, quantity);
  }
}
