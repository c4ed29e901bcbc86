package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String lamp;
  private String desk;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 100_000);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    desk = shop.product(admin, productBody("Desk", 40_000, "EUR", 2)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void checkoutTakesStockAndMoneyEmptiesTheCartAndAnswersThePaidOrder() {
    shop.addToCart(ann, lamp, 3);
    shop.addToCart(ann, desk, 2);

    var order = expect(shop.checkout(ann, account), 201);

    var total = 3 * 2_500 + 2 * 40_000;
    assertThat(order.get("userId").asText()).isEqualTo(ann.user().id().toString());
    assertThat(order.get("status").asText()).isEqualTo("paid");
    assertThat(order.get("currency").asText()).isEqualTo("EUR");
    assertThat(order.get("items")).hasSize(2);
    var lampLine =
        order.get("items").get(0).get("productId").asText().equals(lamp)
            ? order.at("/items/0")
            : order.at("/items/1");
    assertThat(lampLine.get("sku").asText()).startsWith("SKU-");
    assertThat(lampLine.get("name").asText()).isEqualTo("Lamp");
    assertThat(lampLine.get("unitPrice").asLong()).isEqualTo(2_500);
    assertThat(lampLine.get("quantity").asInt()).isEqualTo(3);
    assertThat(lampLine.get("lineTotal").asLong()).isEqualTo(7_500);
    assertThat(order.get("subtotal").asLong()).isEqualTo(total);
    assertThat(order.get("total").asLong()).isEqualTo(total);
    var payment = order.get("payment");
    assertThat(payment.get("method").asText()).isEqualTo("account");
    assertThat(payment.get("status").asText()).isEqualTo("captured");
    assertThat(payment.get("amount").asLong()).isEqualTo(total);
    assertThat(payment.get("amountRefunded").asLong()).isZero();
    assertThat(payment.get("currency").asText()).isEqualTo("EUR");
    assertThat(payment.get("accountId").asText()).isEqualTo(account);
    assertThat(order.get("statusHistory")).hasSize(1);
    assertThat(order.at("/statusHistory/0/status").asText()).isEqualTo("paid");
    assertThat(shop.stock(lamp)).isEqualTo(7);
    assertThat(shop.stock(desk)).isZero();
    assertThat(shop.balance(account)).isEqualTo(100_000 - total);
    assertThat(shop.cart(ann).lines()).isEmpty();
    var id = order.get("id").asText();
    assertThat(expect(shop.get(ann, "/v1/orders/" + id), 200)).isEqualTo(order);
  }

  @Test
  void theStatementShowsWhatAPurchaseBoughtAndTheJournalWhatItTook() {
    shop.addToCart(ann, lamp, 3);
    var order = expect(shop.checkout(ann, account), 201).get("id").asText();

    var statement = expect(shop.get(ann, "/v1/statements/" + account), 200);
    var csv = shop.get(ann, "/v1/statements/" + account, "Accept", "text/csv").body();
    var journal = expect(shop.get(admin, "/v1/products/" + lamp + "/stock-movements"), 200);

    var purchase = statement.at("/transactions/1");
    assertThat(purchase.get("type").asText()).isEqualTo("purchase");
    assertThat(statement.at("/transactions/0/items")).isEmpty();
    assertThat(purchase.get("items")).hasSize(1);
    assertThat(purchase.at("/items/0/productId").asText()).isEqualTo(lamp);
    assertThat(purchase.at("/items/0/name").asText()).isEqualTo("Lamp");
    assertThat(purchase.at("/items/0/quantity").asInt()).isEqualTo(3);
    assertThat(purchase.at("/items/0/unitPrice").asLong()).isEqualTo(2_500);
    assertThat(csv.lines().toList().get(2)).endsWith(",3 x Lamp @ 25.00");
    assertThat(journal.at("/data/0/reason").asText()).isEqualTo("sale");
    assertThat(journal.at("/data/0/delta").asInt()).isEqualTo(-3);
    assertThat(journal.at("/data/0/stockAfter").asInt()).isEqualTo(7);
    assertThat(journal.at("/data/0/orderId").asText()).isEqualTo(order);
  }

  @Test
  void theOrderKeepsThePricesOfTheSale() {
    shop.addToCart(ann, lamp, 1);
    var order = expect(shop.checkout(ann, account), 201);
    var priceChange = productBody("Lamp renamed", 9_999, "EUR", 0);
    priceChange.remove("stock");
    expect(shop.put(admin, "/v1/products/" + lamp, priceChange), 200);
    expect(shop.delete(admin, "/v1/products/" + lamp), 204);

    var later = expect(shop.get(ann, "/v1/orders/" + order.get("id").asText()), 200);

    assertThat(later).isEqualTo(order);
    assertThat(later.at("/items/0/name").asText()).isEqualTo("Lamp");
    assertThat(later.at("/items/0/unitPrice").asLong()).isEqualTo(2_500);
  }

  @Test
  void aShortLineIsOutOfStockNamingItAndChangesNothing() {
    shop.addToCart(ann, lamp, 3);
    shop.addToCart(ann, desk, 3);
    var before = shop.state(ann, account, lamp, desk);

    var error = assertError(shop.checkout(ann, account), 409, "out_of_stock");

    assertThat(error.at("/details/productIds")).hasSize(1);
    assertThat(error.at("/details/productIds/0").asText()).isEqualTo(desk);
    assertThat(shop.state(ann, account, lamp, desk)).isEqualTo(before);
  }

  @Test
  void tooLittleMoneyIsInsufficientFundsAndChangesNothing() {
    var poor = shop.fundedAccount(ann, "EUR", 1_000);
    shop.addToCart(ann, lamp, 1);
    var before = shop.state(ann, poor, lamp);

    assertError(shop.checkout(ann, poor), 409, "insufficient_funds");

    assertThat(shop.state(ann, poor, lamp)).isEqualTo(before);
  }

  @Test
  void aRetriedCheckoutReplaysTheOrderAndBuysOnce() {
    shop.addToCart(ann, lamp, 2);
    var key = "checkout-" + UUID.randomUUID();

    var first = shop.checkout(ann, account, "Idempotency-Key", key);
    shop.addToCart(ann, lamp, 1);
    var retry = shop.checkout(ann, account, "Idempotency-Key", key);

    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.balance(account)).isEqualTo(100_000 - 5_000);
    assertThat(shop.cart(ann).lines()).hasSize(1);
    var other = shop.fundedAccount(ann, "EUR", 0);
    assertError(shop.checkout(ann, other, "Idempotency-Key", key), 422, "idempotency_key_reused");
  }

  @Test
  void aPaymentMethodWithoutItsIdOrWithAnotherTypesIdIsRefusedNamingTheField() {
    shop.addToCart(ann, lamp, 1);
    var before = shop.state(ann, account, lamp);
    var card = UUID.randomUUID().toString();

    var refusals =
        List.of(
            Map.entry("paymentMethod.accountId", Map.of("type", "account")),
            Map.entry("paymentMethod.cardId", Map.of("type", "card")),
            Map.entry("paymentMethod.type", Map.of("type", "cash")),
            Map.entry(
                "paymentMethod.cardId",
                Map.of("type", "account", "accountId", account, "cardId", card)),
            Map.entry("paymentMethod.accountId", Map.of("type", "gateway", "accountId", account)));

    for (var refusal : refusals) {
      var error = assertError(shop.checkoutWith(ann, refusal.getValue()), 400, "validation_failed");
      assertThat(error.get("details").has(refusal.getKey())).as(error.toString()).isTrue();
    }
    assertThat(shop.state(ann, account, lamp)).isEqualTo(before);
  }

  @Test
  void anEmptyCartOrOneWithAnArchivedProductCannotBeBought() {
    var empty = assertError(shop.checkout(ann, account), 400, "validation_failed");
    assertThat(empty.get("details").has("cart")).isTrue();

    shop.addToCart(ann, lamp, 1);
    shop.addToCart(ann, desk, 1);
    expect(shop.delete(admin, "/v1/products/" + desk), 204);
    var before = shop.state(ann, account, lamp, desk);

    var archived = assertError(shop.checkout(ann, account), 400, "validation_failed");

    assertThat(archived.get("details").has("cart")).isTrue();
    assertThat(shop.state(ann, account, lamp, desk)).isEqualTo(before);
  }

  @Test
  void anotherCustomersAccountOrAnotherCurrencyCannotPay() {
    var bob = shop.customer();
    var bobs = shop.fundedAccount(bob, "EUR", 100_000);
    var dollars = shop.fundedAccount(ann, "USD", 100_000);
    shop.addToCart(ann, lamp, 1);
    var before = shop.state(ann, account, lamp);

    assertError(shop.checkout(ann, bobs), 404, "not_found");
    assertError(shop.checkout(ann, UUID.randomUUID().toString()), 404, "not_found");
    assertError(shop.checkout(ann, dollars), 422, "currency_mismatch");

    assertThat(shop.state(ann, account, lamp)).isEqualTo(before);
    assertThat(shop.balance(bobs)).isEqualTo(100_000);
    assertThat(shop.balance(dollars)).isEqualTo(100_000);
  }
}
