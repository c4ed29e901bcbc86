package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Parallel;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds by line racing over HTTP on PostgreSQL, with each other and with a cancellation: per
 * line, never more units refunded or put back in stock than were bought, and the money exact to the
 * minor unit.
 */
@ExtendWith(KassaServerExtension.class)
class LineRefundRaceE2ETest {

  private static final long LAMP = 1_999;
  private static final long MUG = 333;
  private static final int STOCK = 10;
  private static final long FUNDS = 20_000;

  @Test
  void racingLineRefundsRefundAndRestockExactlyWhatWasBought(RunningKassa kassa) {
    var sale = new Sale(kassa);

    var replies =
        Parallel.run(
            10,
            IntStream.range(0, 10)
                .<Supplier<Reply>>mapToObj(i -> () -> sale.refund(i < 6 ? sale.lamp : sale.mug, 1))
                .toList());

    assertThat(replies.stream().filter(reply -> reply.status() == 201)).hasSize(4 + 3);
    replies.stream()
        .filter(reply -> reply.status() != 201)
        .forEach(reply -> assertThat(reply.status()).as(reply.describe()).isIn(400, 409));
    assertThat(sale.refundedUnits(replies, sale.lamp)).isEqualTo(4);
    assertThat(sale.refundedUnits(replies, sale.mug)).isEqualTo(3);
    assertThat(sale.shop.stock(sale.lamp)).isEqualTo(STOCK);
    assertThat(sale.shop.stock(sale.mug)).isEqualTo(STOCK);
    assertThat(sale.shop.balance(sale.buyer)).isEqualTo(FUNDS);
    var order = sale.shop.order(sale.buyer.caller(), sale.orderId);
    assertThat(order.get("amountRefunded").asLong()).isEqualTo(4 * LAMP + 3 * MUG);
    assertThat(order.get("paymentStatus").asText()).isEqualTo("refunded");
    sale.shop.assertLedgerIsSound();
  }

  @Test
  void racingLineRefundsAndACancellationNeverRefundOrRestockMoreThanBought(RunningKassa kassa) {
    var sale = new Sale(kassa);
    var requests = new ArrayList<Supplier<Reply>>();
    IntStream.range(0, 6).forEach(i -> requests.add(() -> sale.refund(sale.lamp, 1)));
    requests.add(() -> sale.shop.cancel(sale.buyer.caller(), sale.orderId));
    IntStream.range(0, 3).forEach(i -> requests.add(() -> sale.refund(sale.mug, 2)));

    var replies = Parallel.run(requests.size(), requests);

    replies.get(6).expect(200);
    var lineReplies = new ArrayList<>(replies);
    lineReplies.remove(6);
    lineReplies.stream()
        .filter(reply -> reply.status() != 201)
        .forEach(reply -> assertThat(reply.status()).as(reply.describe()).isIn(400, 409));
    assertThat(sale.refundedUnits(lineReplies, sale.lamp)).isLessThanOrEqualTo(4);
    assertThat(sale.refundedUnits(lineReplies, sale.mug)).isLessThanOrEqualTo(3);
    assertThat(sale.shop.stock(sale.lamp)).isEqualTo(STOCK);
    assertThat(sale.shop.stock(sale.mug)).isEqualTo(STOCK);
    assertThat(sale.shop.balance(sale.buyer)).isEqualTo(FUNDS);
    var order = sale.shop.order(sale.buyer.caller(), sale.orderId);
    assertThat(order.get("status").asText()).isEqualTo("cancelled");
    assertThat(order.get("amountRefunded").asLong()).isEqualTo(4 * LAMP + 3 * MUG);
    assertThat(order.get("paymentStatus").asText()).isEqualTo("refunded");
    sale.shop.assertLedgerIsSound();
  }

  /** Four lamps and three mugs bought from a fresh stock of ten each, paid from an account. */
  private static final class Sale {
    private final Shop shop;
    private final String lamp;
    private final String mug;
    private final Shop.Buyer buyer;
    private final String orderId;

    Sale(RunningKassa kassa) {
      shop = Shop.of(kassa);
      var category = Shop.newCategory();
      lamp = shop.createProduct(category, "Lamp", LAMP, STOCK).get("id").asText();
      mug = shop.createProduct(category, "Mug", MUG, STOCK).get("id").asText();
      buyer = shop.buyer(FUNDS);
      shop.addToCart(buyer.caller(), lamp, 4);
      shop.addToCart(buyer.caller(), mug, 3);
      orderId = shop.checkout(buyer).expect(201).get("id").asText();
      assertThat(shop.stock(lamp)).isEqualTo(STOCK - 4);
    }

    Reply refund(String productId, int quantity) {
      return shop.http()
          .post("/v1/orders/" + orderId + "/refunds")
          .as(shop.admin())
          .json(
              Map.of(
                  "items",
                  List.of(Map.of("productId", productId, "quantity", quantity)),
                  "restock",
                  true))
          .send();
    }

    /** Units of {@code productId} that the successful refunds among {@code replies} gave back. */
    int refundedUnits(List<Reply> replies, String productId) {
      return replies.stream()
          .filter(reply -> reply.status() == 201)
          .flatMap(reply -> reply.json().get("items").valueStream())
          .filter(item -> item.get("productId").asText().equals(productId))
          .mapToInt(item -> item.get("quantity").asInt())
          .sum();
    }
  }
}
