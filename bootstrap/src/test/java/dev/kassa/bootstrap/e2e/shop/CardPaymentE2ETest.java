package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Parallel;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkout by card on the assembled server: a hold on the card's account, captured when the order
 * ships or released when it is cancelled, exactly one of the two whatever the timing.
 */
@ExtendWith(KassaServerExtension.class)
class CardPaymentE2ETest {

  @Test
  void aCardOrderHoldsTheMoneyUntilItShips(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Drill", 8_000, 3).get("id").asText();
    var buyer = shop.buyer(10_000);
    var card = payments.card(buyer);
    shop.addToCart(buyer.caller(), product, 1);

    var order = payments.payByCard(buyer.caller(), card).expect(201);

    assertThat(order.get("status").asText()).isEqualTo("paid");
    assertThat(order.at("/payment/status").asText()).isEqualTo("authorized");
    assertThat(order.at("/payment/cardId").asText()).isEqualTo(card);
    var held = payments.account(buyer);
    assertThat(held.get("balance").asLong()).isEqualTo(10_000);
    assertThat(held.get("availableBalance").asLong()).isEqualTo(2_000);
    shop.moveOrder(order.get("id").asText(), "shipped").expect(200);
    var captured = payments.account(buyer);
    assertThat(captured.get("balance").asLong()).isEqualTo(2_000);
    assertThat(captured.get("availableBalance").asLong()).isEqualTo(2_000);
    assertThat(shop.transactions(buyer).getFirst().get("type").asText()).isEqualTo("card_payment");
    shop.assertLedgerIsSound();
  }

  @Test
  void aFrozenCardIsRefusedWithNothingChanged(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Saw", 3_000, 3).get("id").asText();
    var buyer = shop.buyer(10_000);
    var card = payments.card(buyer);
    payments.setCardStatus(buyer.caller(), card, "frozen");
    shop.addToCart(buyer.caller(), product, 2);

    var refused = payments.payByCard(buyer.caller(), card).expectError(409, "card_not_active");

    assertThat(refused.at("/details/status").asText()).isEqualTo("frozen");
    assertThat(shop.stock(product)).isEqualTo(3);
    assertThat(payments.account(buyer).get("availableBalance").asLong()).isEqualTo(10_000);
    assertThat(shop.cart(buyer.caller()).get("itemCount").asInt()).isEqualTo(2);
    payments.setCardStatus(buyer.caller(), card, "cancelled");
    payments.payByCard(buyer.caller(), card).expectError(409, "card_not_active");
    assertThat(shop.orders(buyer.caller(), "").get("total").asInt()).isZero();
  }

  @Test
  void racingShipAndCancelEndInExactlyOneOutcome(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Lathe", 1_000, 20).get("id").asText();
    var sold = 0;
    for (var round = 0; round < 8; round++) {
      var buyer = shop.buyer(5_000);
      var card = payments.card(buyer);
      shop.addToCart(buyer.caller(), product, 2);
      var orderId = payments.payByCard(buyer.caller(), card).expect(201).get("id").asText();

      var replies =
          Parallel.run(
              2,
              List.<Supplier<Reply>>of(
                  () -> shop.moveOrder(orderId, "shipped"),
                  () -> shop.cancel(buyer.caller(), orderId)));

      var shipped = replies.get(0).status() == 200;
      var cancelled = replies.get(1).status() == 200;
      assertThat(shipped ^ cancelled).as("exactly one of ship and cancel wins").isTrue();
      var loser = shipped ? replies.get(1) : replies.get(0);
      loser.expectError(409, "invalid_state_transition");
      var account = payments.account(buyer);
      var order = shop.order(buyer.caller(), orderId);
      if (shipped) {
        sold += 2;
        assertThat(order.at("/payment/status").asText()).isEqualTo("captured");
        assertThat(account.get("balance").asLong()).isEqualTo(3_000);
      } else {
        assertThat(order.at("/payment/status").asText()).isEqualTo("voided");
        assertThat(account.get("balance").asLong()).isEqualTo(5_000);
      }
      assertThat(account.get("availableBalance").asLong())
          .isEqualTo(account.get("balance").asLong());
    }
    assertThat(shop.stock(product)).isEqualTo(20 - sold);
    shop.assertLedgerIsSound();
  }
}
