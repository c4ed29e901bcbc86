package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardCheckoutRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String card;
  private String lamp;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 10_000);
    card = shop.card(ann, account);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  private Map<String, String> byCard() {
    return Map.of("type", "card", "cardId", card);
  }

  @Test
  void aCardCheckoutIsPaidByAHoldOnTheCardsAccount() {
    shop.addToCart(ann, lamp, 2);

    var order = expect(shop.checkoutWith(ann, byCard()), 201);

    assertThat(order.get("status").asText()).isEqualTo("paid");
    var payment = order.get("payment");
    assertThat(payment.get("method").asText()).isEqualTo("card");
    assertThat(payment.get("status").asText()).isEqualTo("authorized");
    assertThat(payment.get("provider").asText()).isEqualTo("kassa");
    assertThat(payment.get("cardId").asText()).isEqualTo(card);
    assertThat(payment.get("accountId").asText()).isEqualTo(account);
    assertThat(payment.get("amount").asLong()).isEqualTo(5_000);
    assertThat(payment.get("providerRef").isNull()).isTrue();
    assertThat(payment.get("clientSecret").isNull()).isTrue();
    assertThat(Instant.parse(payment.get("expiresAt").asText())).isAfter(shop.clock().instant());
    assertThat(shop.balance(account)).isEqualTo(10_000);
    assertThat(shop.availableBalance(account)).isEqualTo(5_000);
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.cart(ann).lines()).isEmpty();
  }

  @Test
  void shippingCapturesTheHold() {
    shop.addToCart(ann, lamp, 1);
    var order = expect(shop.checkoutWith(ann, byCard()), 201).get("id").asText();

    var shipped =
        expect(shop.patch(admin, "/v1/orders/" + order, Map.of("status", "shipped")), 200);

    assertThat(shipped.at("/payment/status").asText()).isEqualTo("captured");
    assertThat(shop.balance(account)).isEqualTo(7_500);
    assertThat(shop.availableBalance(account)).isEqualTo(7_500);
  }

  @Test
  void aFrozenCardIsNotActiveAndChangesNothing() {
    expect(shop.patch(ann, "/v1/cards/" + card, Map.of("status", "frozen")), 200);
    shop.addToCart(ann, lamp, 1);
    var before = shop.state(ann, account, lamp);

    var error = assertError(shop.checkoutWith(ann, byCard()), 409, "card_not_active");

    assertThat(error.at("/details/cardId").asText()).isEqualTo(card);
    assertThat(shop.state(ann, account, lamp)).isEqualTo(before);
    assertThat(shop.availableBalance(account)).isEqualTo(10_000);
  }

  @Test
  void anotherCustomersCardIsNotFound() {
    var bob = shop.customer();
    var bobs = shop.card(bob, shop.fundedAccount(bob, "EUR", 10_000));
    shop.addToCart(ann, lamp, 1);

    assertError(shop.checkoutWith(ann, Map.of("type", "card", "cardId", bobs)), 404, "not_found");
  }
}
