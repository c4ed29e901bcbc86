package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Parallel;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forty customers race over HTTP for fifteen units of one product on PostgreSQL, half buying it in
 * one step, half through their cart: exactly fifteen sales, fifteen prices charged, no stock below
 * zero, and a listing that stops showing the product once its last unit is sold.
 */
@ExtendWith(KassaServerExtension.class)
class RacingBuyersE2ETest {

  private static final int BUYERS = 40;
  private static final int UNITS = 15;
  private static final long PRICE = 1_299;
  private static final long FUNDS = 10_000;

  @Test
  void fortyBuyersRacingForFifteenUnitsBuyExactlyFifteen(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var category = Shop.newCategory();
    var productId = shop.createProduct(category, "Limited lamp", PRICE, UNITS).get("id").asText();
    var buyers =
        Parallel.run(
            4,
            IntStream.range(0, BUYERS)
                .<Supplier<Shop.Buyer>>mapToObj(i -> () -> shop.buyer(FUNDS))
                .toList());
    for (var i = 1; i < BUYERS; i += 2) {
      shop.addToCart(buyers.get(i).caller(), productId, 1);
    }
    var inStock = "category=" + category + "&inStock=true";
    assertThat(shop.products(inStock).get("total").asLong()).isEqualTo(1);
    assertThat(shop.stock(productId)).isEqualTo(UNITS);

    var replies =
        Parallel.run(
            BUYERS,
            IntStream.range(0, BUYERS)
                .<Supplier<Reply>>mapToObj(
                    i ->
                        () ->
                            i % 2 == 0
                                ? shop.purchase(buyers.get(i), productId, 1)
                                : shop.checkout(buyers.get(i)))
                .toList());

    var sold = 0;
    var charged = 0L;
    var billed = 0L;
    for (var i = 0; i < BUYERS; i++) {
      var buyer = buyers.get(i);
      var reply = replies.get(i);
      var spent = FUNDS - shop.balance(buyer);
      charged += spent;
      var orders = shop.orders(buyer.caller(), "");
      billed +=
          orders.get("data").valueStream().mapToLong(order -> order.get("total").asLong()).sum();
      if (reply.status() == 201) {
        sold++;
        var orderId = i % 2 == 0 ? reply.json().get("orderId") : reply.json().get("id");
        assertThat(reply.json().get("total").asLong()).isEqualTo(PRICE);
        assertThat(spent).isEqualTo(PRICE);
        assertThat(orders.get("total").asLong()).isEqualTo(1);
        assertThat(orders.at("/data/0/id")).isEqualTo(orderId);
        assertThat(orders.at("/data/0/status").asText()).isEqualTo("paid");
        assertThat(orders.at("/data/0/total").asLong()).isEqualTo(PRICE);
        assertThat(shop.transactions(buyer))
            .filteredOn(line -> line.get("type").asText().equals("purchase"))
            .singleElement()
            .satisfies(
                line -> {
                  assertThat(line.get("amount").asLong()).isEqualTo(-PRICE);
                  assertThat(line.at("/reference/kind").asText()).isEqualTo("order");
                  assertThat(line.at("/reference/id")).isEqualTo(orderId);
                });
      } else {
        var error = reply.expectError(409, "out_of_stock");
        assertThat(error.at("/details/productIds").valueStream().map(id -> id.asText()))
            .as(reply.describe())
            .containsExactly(productId);
        assertThat(spent).isZero();
        assertThat(orders.get("total").asLong()).isZero();
      }
      if (i % 2 == 1) {
        assertThat(shop.cart(buyer.caller()).get("itemCount").asInt())
            .as("the cart of a buyer who %s", reply.status() == 201 ? "won" : "lost")
            .isEqualTo(reply.status() == 201 ? 0 : 1);
      }
    }
    assertThat(sold).isEqualTo(UNITS);
    assertThat(charged).isEqualTo(UNITS * PRICE);
    assertThat(billed).isEqualTo(UNITS * PRICE);
    assertThat(shop.stock(productId)).isZero();
    assertThat(shop.products(inStock).get("total").asLong()).isZero();
    var soldOut = shop.products("category=" + category + "&inStock=false");
    assertThat(soldOut.at("/data/0/id").asText()).isEqualTo(productId);
    assertThat(soldOut.at("/data/0/stock").asInt()).isZero();
    shop.assertLedgerIsSound();
  }
}
