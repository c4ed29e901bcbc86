package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds by admins: partial or full, never more than what is left (checked under the order's
 * lock), to the paying account or through the provider, each once per idempotency key.
 */
@ExtendWith(KassaServerExtension.class)
class RefundsE2ETest {

  @Test
  void partialRefundsNeverGiveBackMoreThanWasPaid(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Desk", 6_000, 2).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), product, 1);
    var order = shop.checkout(buyer).expect(201);
    var orderId = order.get("id").asText();

    var first = payments.refundRequest(orderId, 2_500L).send().expect(201);
    var tooMuch =
        payments.refundRequest(orderId, 3_501L).send().expectError(400, "validation_failed");

    assertThat(first.get("amount").asLong()).isEqualTo(2_500);
    assertThat(first.get("status").asText()).isEqualTo("succeeded");
    assertThat(tooMuch.at("/details/amount").asText()).contains("3500");
    assertThat(shop.balance(buyer)).isEqualTo(10_000 - 6_000 + 2_500);
    var rest = payments.refundRequest(orderId, null).send().expect(201);
    assertThat(rest.get("amount").asLong()).isEqualTo(3_500);
    payments.refundRequest(orderId, null).send().expectError(409, "invalid_state_transition");
    assertThat(shop.balance(buyer)).isEqualTo(10_000);
    var payment = payments.payment(buyer.caller(), order.at("/payment/id").asText());
    assertThat(payment.get("status").asText()).isEqualTo("refunded");
    assertThat(payment.get("refunds")).hasSize(2);
    assertThat(shop.transactions(buyer))
        .filteredOn(line -> line.get("type").asText().equals("refund"))
        .extracting(line -> line.get("amount").asLong())
        .containsExactly(3_500L, 2_500L);
    shop.assertLedgerIsSound();
  }

  @Test
  void aRetriedRefundWithTheSameKeyRefundsOnce(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Shelf", 4_000, 2).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), product, 1);
    var orderId = shop.checkout(buyer).expect(201).get("id").asText();
    var key = UUID.randomUUID().toString();

    var first = payments.refundRequest(orderId, 1_000L).header("Idempotency-Key", key).send();
    var again = payments.refundRequest(orderId, 1_000L).header("Idempotency-Key", key).send();

    assertThat(first.expect(201)).isEqualTo(again.expect(201));
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(shop.balance(buyer)).isEqualTo(10_000 - 4_000 + 1_000);
  }

  @Test
  void aGatewayPaymentIsRefundedThroughTheProvider(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Bench", 12_000, 2).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 1);
    var order = payments.payAtProvider(buyer.caller()).expect(201);
    payments.decide(order.at("/payment/providerRef").asText(), "approve");

    var refund = payments.refundRequest(order.get("id").asText(), 2_000L).send().expect(201);

    assertThat(refund.get("providerRef").asText()).startsWith("re_");
    var payment = payments.payment(shop.admin(), order.at("/payment/id").asText());
    assertThat(payment.get("status").asText()).isEqualTo("partially_refunded");
    assertThat(payment.get("amountRefunded").asLong()).isEqualTo(2_000);
    payments
        .refundRequest(order.get("id").asText(), 10_001L)
        .send()
        .expectError(400, "validation_failed");
    shop.assertLedgerIsSound();
  }

  @Test
  void customersCannotRefund(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var product = shop.createProduct(Shop.newCategory(), "Stool", 1_000, 2).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), product, 1);
    var orderId = shop.checkout(buyer).expect(201).get("id").asText();

    kassa
        .http()
        .post("/v1/orders/" + orderId + "/refunds")
        .as(buyer.caller())
        .json(java.util.Map.of())
        .send()
        .expectError(403, "forbidden");
    assertThat(shop.balance(buyer)).isEqualTo(9_000);
  }
}
