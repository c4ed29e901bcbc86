package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order after its checkout: it keeps the prices it was sold at, a cancellation gives back
 * exactly the stock and money it took and happens once, and admins move it along its delivery one
 * legal step at a time.
 */
@ExtendWith(KassaServerExtension.class)
class OrderLifecycleE2ETest {

  @Test
  void aPriceChangeAfterCheckoutDoesNotChangeTheOrder(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var product = shop.createProduct(Shop.newCategory(), "Teapot", 2_450, 10);
    var productId = product.get("id").asText();
    var buyer = shop.buyer(20_000);
    shop.addToCart(buyer.caller(), productId, 2);
    var order = shop.checkout(buyer).expect(201);

    var repriced = shop.updateProduct(product, Map.of("price", 9_990L, "name", "Golden teapot"));

    assertThat(repriced.get("price").asLong()).isEqualTo(9_990);
    assertThat(shop.product(productId).get("price").asLong()).isEqualTo(9_990);
    var read = shop.order(buyer.caller(), order.get("id").asText());
    assertThat(read).isEqualTo(order);
    assertThat(read.at("/items/0/unitPrice").asLong()).isEqualTo(2_450);
    assertThat(read.at("/items/0/name").asText()).isEqualTo("Teapot");
    assertThat(read.at("/items/0/lineTotal").asLong()).isEqualTo(4_900);
    assertThat(read.get("total").asLong()).isEqualTo(4_900);
    assertThat(shop.balance(buyer)).isEqualTo(20_000 - 4_900);
  }

  @Test
  void cancellingAnOrderGivesBackExactlyWhatItTookAndOnlyOnce(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var category = Shop.newCategory();
    var mug = shop.createProduct(category, "Mug", 1_100, 7).get("id").asText();
    var spoon = shop.createProduct(category, "Spoon", 350, 9).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), mug, 3);
    shop.addToCart(buyer.caller(), spoon, 4);
    var order = shop.checkout(buyer).expect(201);
    var orderId = order.get("id").asText();
    assertThat(order.get("total").asLong()).isEqualTo(3 * 1_100 + 4 * 350);
    assertThat(shop.balance(buyer)).isEqualTo(10_000 - 4_700);
    assertThat(shop.stock(mug)).isEqualTo(4);
    assertThat(shop.stock(spoon)).isEqualTo(5);
    var stranger = kassa.bank().register();
    shop.cancel(stranger, orderId).expectError(404, "not_found");

    var cancelled = shop.cancel(buyer.caller(), orderId).expect(200);

    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(statuses(cancelled)).containsExactly("paid", "cancelled");
    assertThat(cancelled.at("/payment/status").asText()).isEqualTo("refunded");
    assertThat(cancelled.get("items")).isEqualTo(order.get("items"));
    assertThat(shop.stock(mug)).isEqualTo(7);
    assertThat(shop.stock(spoon)).isEqualTo(9);
    assertThat(shop.balance(buyer)).isEqualTo(10_000);
    assertThat(shop.transactions(buyer))
        .filteredOn(line -> line.at("/reference/id").asText().equals(orderId))
        .extracting(line -> line.get("type").asText() + " " + line.get("amount").asLong())
        .containsExactlyInAnyOrder("purchase -4700", "refund 4700");
    var again = shop.cancel(buyer.caller(), orderId).expectError(409, "invalid_state_transition");
    assertThat(again.at("/details/from").asText()).isEqualTo("cancelled");
    shop.cancel(shop.admin(), orderId).expectError(409, "invalid_state_transition");
    assertThat(shop.stock(mug)).isEqualTo(7);
    assertThat(shop.stock(spoon)).isEqualTo(9);
    assertThat(shop.balance(buyer)).isEqualTo(10_000);
    assertThat(shop.order(buyer.caller(), orderId)).isEqualTo(cancelled);
    shop.assertLedgerIsSound();
  }

  @Test
  void anAdminCancelsAPurchaseAndTheMoneyGoesBackToItsAccount(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var kettle = shop.createProduct(Shop.newCategory(), "Kettle", 3_999, 2).get("id").asText();
    var buyer = shop.buyer(5_000);
    var purchase = shop.purchase(buyer, kettle, 1).expect(201);
    assertThat(purchase.get("status").asText()).isEqualTo("paid");
    assertThat(purchase.get("accountId").asText()).isEqualTo(buyer.account());
    assertThat(shop.stock(kettle)).isEqualTo(1);

    var cancelled = shop.cancel(shop.admin(), purchase.get("orderId").asText()).expect(200);

    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(shop.stock(kettle)).isEqualTo(2);
    assertThat(shop.balance(buyer)).isEqualTo(5_000);
    var read =
        shop.http()
            .get("/v1/purchases/" + purchase.get("id").asText())
            .as(buyer.caller())
            .send()
            .expect(200);
    assertThat(read.get("status").asText()).isEqualTo("cancelled");
    shop.assertLedgerIsSound();
  }

  @Test
  void adminsShipThenDeliverAndEveryOtherStepIsRefused(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var lamp = shop.createProduct(Shop.newCategory(), "Lamp", 1_500, 5).get("id").asText();
    var buyer = shop.buyer(10_000);
    var orderId = shop.purchase(buyer, lamp, 1).expect(201).get("orderId").asText();
    shop.http()
        .patch("/v1/orders/" + orderId)
        .as(buyer.caller())
        .json(Map.of("status", "shipped"))
        .send()
        .expectError(403, "forbidden");
    shop.moveOrder(orderId, "delivered").expectError(409, "invalid_state_transition");

    var shipped = shop.moveOrder(orderId, "shipped").expect(200);

    assertThat(shipped.get("status").asText()).isEqualTo("shipped");
    shop.moveOrder(orderId, "shipped").expectError(409, "invalid_state_transition");
    shop.cancel(buyer.caller(), orderId).expectError(409, "invalid_state_transition");
    var delivered = shop.moveOrder(orderId, "delivered").expect(200);
    assertThat(statuses(delivered)).containsExactly("paid", "shipped", "delivered");
    shop.moveOrder(orderId, "shipped").expectError(409, "invalid_state_transition");
    shop.moveOrder(orderId, "cancelled").expectError(400, "validation_failed");
    assertThat(shop.order(buyer.caller(), orderId)).isEqualTo(delivered);
    assertThat(shop.stock(lamp)).isEqualTo(4);
    assertThat(shop.balance(buyer)).isEqualTo(8_500);
    var listed = shop.orders(shop.admin(), "status=delivered&userId=" + buyer.caller().id());
    assertThat(listed.get("total").asLong()).isEqualTo(1);
    assertThat(listed.at("/data/0/id").asText()).isEqualTo(orderId);
  }

  private static List<String> statuses(JsonNode order) {
    return order
        .get("statusHistory")
        .valueStream()
        .map(step -> step.get("status").asText())
        .toList();
  }
}
