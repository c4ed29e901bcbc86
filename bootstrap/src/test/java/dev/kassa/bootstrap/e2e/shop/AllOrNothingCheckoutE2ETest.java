package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A checkout refused for any reason leaves everything as it was: the stock of every product, the
 * lines taken before the one that failed included, the buyer's balance and log, and the cart.
 */
@ExtendWith(KassaServerExtension.class)
class AllOrNothingCheckoutE2ETest {

  @Test
  void aCheckoutShortOnItsLastLineChangesNothing(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var ids = threeProductsInLockOrder(shop, 5, 5, 2);
    var buyer = shop.buyer(50_000);
    shop.addToCart(buyer.caller(), ids.get(0), 2);
    shop.addToCart(buyer.caller(), ids.get(1), 1);
    var lastLine = shop.addToCart(buyer.caller(), ids.get(2), 3);
    var before = Snapshot.of(shop, buyer, ids);

    var error = shop.checkout(buyer).expectError(409, "out_of_stock");

    assertThat(error.at("/details/productIds").valueStream().map(JsonNode::asText))
        .containsExactly(ids.get(2));
    assertThat(Snapshot.of(shop, buyer, ids)).isEqualTo(before);
    assertThat(before.stocks()).containsExactly(5, 5, 2);
    shop.http()
        .request("PUT", "/v1/cart/items/" + lastLine.get("id").asText())
        .as(buyer.caller())
        .json(Map.of("quantity", 2))
        .send()
        .expect(200);
    var order = shop.checkout(buyer).expect(201);
    assertThat(order.get("total").asLong()).isEqualTo(2 * 1_000 + 2_000 + 2 * 3_000);
    assertThat(Snapshot.of(shop, buyer, ids).stocks()).containsExactly(3, 4, 0);
    shop.assertLedgerIsSound();
  }

  @Test
  void aCheckoutShortOnSeveralLinesNamesEveryShortProduct(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var ids = threeProductsInLockOrder(shop, 1, 5, 1);
    var buyer = shop.buyer(50_000);
    shop.addToCart(buyer.caller(), ids.get(0), 2);
    shop.addToCart(buyer.caller(), ids.get(1), 5);
    shop.addToCart(buyer.caller(), ids.get(2), 2);
    var before = Snapshot.of(shop, buyer, ids);

    var error = shop.checkout(buyer).expectError(409, "out_of_stock");

    assertThat(error.at("/details/productIds").valueStream().map(JsonNode::asText))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    assertThat(Snapshot.of(shop, buyer, ids)).isEqualTo(before);
  }

  @Test
  void aCheckoutTheAccountCannotPayChangesNothing(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var ids = threeProductsInLockOrder(shop, 5, 5, 5);
    var buyer = shop.buyer(5_999);
    for (var id : ids) {
      shop.addToCart(buyer.caller(), id, 1);
    }
    var before = Snapshot.of(shop, buyer, ids);

    shop.checkout(buyer).expectError(409, "insufficient_funds");

    assertThat(Snapshot.of(shop, buyer, ids)).isEqualTo(before);
    assertThat(before.stocks()).containsExactly(5, 5, 5);
    assertThat(before.balance()).isEqualTo(5_999);
  }

  /**
   * Three products priced 10, 20 and 30 EUR with these stocks, in the order checkout locks them
   * (ascending id), so that the last line of a cart filled in this order is also checked last.
   */
  private static List<String> threeProductsInLockOrder(Shop shop, int... stocks) {
    var category = Shop.newCategory();
    var ids = new ArrayList<UUID>();
    for (var i = 0; i < 3; i++) {
      ids.add(UUID.fromString(shop.createProduct(category, "Part", 1, 0).get("id").asText()));
    }
    ids.sort(Comparator.naturalOrder());
    var result = new ArrayList<String>();
    for (var i = 0; i < 3; i++) {
      var id = ids.get(i).toString();
      var product = shop.product(id);
      shop.updateProduct(product, Map.of("price", (i + 1) * 1_000L, "name", "Part " + i));
      if (stocks[i] > 0) {
        shop.http()
            .post("/v1/products/" + id + "/stock-adjustments")
            .as(shop.admin())
            .json(Map.of("delta", stocks[i], "reason", "delivery"))
            .send()
            .expect(200);
      }
      result.add(id);
    }
    return List.copyOf(result);
  }

  /** All a failed checkout could have touched. */
  private record Snapshot(
      List<Integer> stocks, long balance, JsonNode cart, long orders, long transactions) {

    static Snapshot of(Shop shop, Shop.Buyer buyer, List<String> productIds) {
      return new Snapshot(
          productIds.stream().map(shop::stock).toList(),
          shop.balance(buyer),
          shop.cart(buyer.caller()),
          shop.orders(buyer.caller(), "").get("total").asLong(),
          shop.transactions(buyer).size());
    }
  }
}
