package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.Test;

class RefundOrderTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final AccountId account = world.fundedAccount(alice, 10_000);
  private final Order order = buy();

  @Test
  void aPartialRefundThenTheRestGiveBackEverythingToThePayingAccount() {
    var first = refund(1_000L);
    var rest = refund(null);

    assertThat(first.amount().minor()).isEqualTo(1_000);
    assertThat(first.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(first.requestedBy()).isEqualTo(world.admin().id());
    assertThat(rest.amount().minor()).isEqualTo(1_500);
    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.bank().linesOf(account).getFirst().type()).isEqualTo(TransactionType.REFUND);
    var stored = world.getOrder().execute(alice, order.id());
    assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
    assertThat(stored.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(world.getPayment().execute(alice, order.payment().id()).refunds())
        .containsExactly(first, rest);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aRefundAboveWhatIsLeftIsRefusedAndChangesNothing() {
    refund(2_000L);

    assertThatThrownBy(() -> refund(501L))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get("amount")).contains("at most 500"));
    assertThat(world.balance(account)).isEqualTo(10_000 - 500);
    assertThat(world.getPayment().execute(alice, order.payment().id()).refunds()).hasSize(1);
  }

  @Test
  void nothingIsLeftToRefundOnceEverythingWasRefunded() {
    refund(null);

    assertThatThrownBy(() -> refund(null))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void onlyAdminsRefund() {
    assertThatThrownBy(
            () -> world.refundOrder().execute(alice, order.id(), RefundOrder.Command.everything()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.balance(account)).isEqualTo(10_000 - 2_500);
  }

  @Test
  void aRefundIsAudited() {
    var made = refund(700L);

    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.ORDER_REFUNDED))
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.details())
                    .containsEntry("refundId", made.id().toString())
                    .containsEntry("amount", "700"));
  }

  @Test
  void anAmountMustBePositive() {
    assertThatThrownBy(() -> new RefundOrder.Command(0L)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new RefundOrder.Command(-5L)).isInstanceOf(ValidationException.class);
  }

  private dev.kassa.domain.payment.Refund refund(Long amount) {
    return world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(amount));
  }

  private Order buy() {
    world.addToCart(alice, world.product("MUG-1", 1250, 7).id(), 2);
    return world.checkout(alice, account);
  }
}
