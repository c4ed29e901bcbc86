package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.user.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CardCheckoutTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();
  private final AccountId account = world.fundedAccount(alice, 10_000);
  private final Card card = world.card(alice, account);
  private final Product mug = world.product("MUG-1", 1250, 7);

  @Test
  void holdsTheTotalOnTheCardsAccountAndPaysTheOrder() {
    var order = buyTwoMugs();

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.payment().method()).isEqualTo(PaymentMethod.CARD);
    assertThat(order.payment().status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(order.payment().cardId()).isEqualTo(card.id());
    assertThat(order.payment().accountId()).isEqualTo(account);
    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.available(account)).isEqualTo(10_000 - 2_500);
    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThat(world.cart(alice).isEmpty()).isTrue();
    var hold = world.bank().ports().ledger().hold(order.payment().holdId()).orElseThrow();
    assertThat(hold.status()).isEqualTo(HoldStatus.PENDING);
    assertThat(hold.expiresAt()).isEqualTo(order.createdAt().plus(Duration.ofDays(7)));
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void shippingCapturesTheHoldIntoTheMerchantAccount() {
    var order = buyTwoMugs();

    var shipped = world.ship(order.id());

    assertThat(shipped.payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(world.balance(account)).isEqualTo(10_000 - 2_500);
    assertThat(world.available(account)).isEqualTo(10_000 - 2_500);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(2_500);
    assertThat(world.bank().linesOf(account).getFirst().type())
        .isEqualTo(TransactionType.CARD_PAYMENT);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void cancellingVoidsTheHoldAndPutsTheStockBack() {
    var order = buyTwoMugs();

    var cancelled = world.cancelOrder().execute(alice, order.id());

    assertThat(cancelled.payment().status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(world.available(account)).isEqualTo(10_000);
    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.bank().ports().ledger().hold(order.payment().holdId()).orElseThrow().status())
        .isEqualTo(HoldStatus.VOIDED);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aFrozenOrCancelledCardIsRefusedAndNothingChanges() {
    world.addToCart(alice, mug.id(), 2);
    for (var status : new CardStatus[] {CardStatus.FROZEN, CardStatus.CANCELLED}) {
      world.setCardStatus(alice, card.id(), status);

      assertThatThrownBy(() -> world.checkout(alice, PaymentChoice.card(card.id())))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> {
                assertThat(e.code()).isEqualTo("card_not_active");
                assertThat(e.details()).containsEntry("status", status.code());
              });
    }
    assertThat(world.available(account)).isEqualTo(10_000);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.cart(alice).lines()).hasSize(1);
    assertThat(world.allOrders()).isEmpty();
  }

  @Test
  void anotherCustomersCardIsNotFound() {
    var bob = world.customer();
    world.addToCart(bob, mug.id(), 1);

    assertThatThrownBy(() -> world.checkout(bob, PaymentChoice.card(card.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.stock(mug.id())).isEqualTo(7);
  }

  @Test
  void tooLittleAvailableMoneyIsRefusedAndTheStockStays() {
    world.addToCart(alice, world.product("TV-1", 10_001, 1).id(), 1);

    assertThatThrownBy(() -> world.checkout(alice, PaymentChoice.card(card.id())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    assertThat(world.available(account)).isEqualTo(10_000);
    assertThat(world.cart(alice).lines()).hasSize(1);
  }

  @Test
  void anAuthorizationIsNotRefundedButACapturedCardPaymentGoesBackToTheCardsAccount() {
    var order = buyTwoMugs();

    assertThatThrownBy(
            () ->
                world
                    .refundOrder()
                    .execute(world.admin(), order.id(), RefundOrder.Command.everything()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));

    world.ship(order.id());
    var refund =
        world.refundOrder().execute(world.admin(), order.id(), new RefundOrder.Command(1_000L));

    assertThat(refund.amount().minor()).isEqualTo(1_000);
    assertThat(world.balance(account)).isEqualTo(10_000 - 1_500);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(1_500);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void anAuthorizationThatLapsesUnshippedCancelsTheOrderAndReleasesItsStock() {
    var order = buyTwoMugs();
    world.bank().clock().advance(Duration.ofDays(7));

    assertThat(world.expireUnpaid().execute()).isEqualTo(1);

    var lapsed = world.getOrder().execute(alice, order.id());
    assertThat(lapsed.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(lapsed.payment().status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.available(account)).isEqualTo(10_000);
    assertThat(world.bank().ports().ledger().hold(order.payment().holdId()).orElseThrow().status())
        .isEqualTo(HoldStatus.VOIDED);
    assertThatThrownBy(() -> world.ship(order.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void anOrderShippedInTimeIsNotTouchedWhenItsAuthorizationWouldHaveLapsed() {
    var order = buyTwoMugs();
    world.ship(order.id());
    world.bank().clock().advance(Duration.ofDays(8));

    assertThat(world.expireUnpaid().execute()).isZero();
    assertThat(world.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(world.balance(account)).isEqualTo(10_000 - 2_500);
  }

  private Order buyTwoMugs() {
    world.addToCart(alice, mug.id(), 2);
    return world.checkout(alice, PaymentChoice.card(card.id()));
  }
}
