package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.application.auth.AuthResult;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentPageRoutesTest {

  private static final String FORM = "application/x-www-form-urlencoded";

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String lamp;
  private JsonNode order;
  private String page;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    lamp = shop.product(admin, productBody("Lamp", 1_050, "EUR", 10)).get("id").asText();
    shop.addToCart(ann, lamp, 2);
    order = expect(shop.checkoutWith(ann, Map.of("type", "gateway")), 201);
    page = "/pay/" + order.at("/payment/providerRef").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  private HttpResponse<String> decide(String path, String form) {
    return shop.send("POST", path, form, "Content-Type", FORM);
  }

  private String orderStatus() {
    return expect(shop.get(ann, "/v1/orders/" + order.get("id").asText()), 200)
        .get("status")
        .asText();
  }

  @Test
  void kassasPaymentIdNamesThePageToo() {
    var byPaymentId = "/pay/" + order.at("/payment/id").asText();

    var shown = shop.get(null, byPaymentId);

    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("21.00 EUR", order.at("/payment/providerRef").asText());
    assertThat(decide(byPaymentId, "decision=decline").statusCode()).isEqualTo(303);
    assertThat(orderStatus()).isEqualTo("payment_failed");
  }

  @Test
  void thePageShowsThePaymentAndApprovingItPaysTheOrder() {
    var shown = shop.get(null, page);

    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(shown.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "script-src");
    assertThat(shown.body())
        .contains("21.00 EUR", order.get("id").asText(), "requires_payment_method")
        .contains("action=\"" + page + "\"", "value=\"approve\"", "value=\"decline\"")
        .doesNotContain("<script");

    var approved = decide(page, "decision=approve");

    assertThat(approved.statusCode()).isEqualTo(303);
    assertThat(approved.headers().firstValue("Location")).hasValue(page);
    assertThat(approved.body()).isEmpty();
    var after = shop.get(null, page);
    assertThat(after.body()).contains("succeeded").doesNotContain("<form");
    assertThat(orderStatus()).isEqualTo("paid");
    var events = expect(shop.get(admin, "/v1/admin/webhook-events"), 200);
    assertThat(events.at("/data/0/outcome").asText()).isEqualTo("applied");
  }

  @Test
  void decliningFailsTheOrderAndReleasesItsStock() {
    assertThat(decide(page, "decision=decline").statusCode()).isEqualTo(303);

    assertThat(shop.get(null, page).body()).contains("payment_failed");
    assertThat(orderStatus()).isEqualTo("payment_failed");
    assertThat(shop.stock(lamp)).isEqualTo(10);
  }

  @Test
  void aSettledPaymentCannotBeDecidedAgain() {
    decide(page, "decision=approve");

    assertError(decide(page, "decision=decline"), 409, "invalid_state_transition");
    assertThat(orderStatus()).isEqualTo("paid");
  }

  @Test
  void anUnknownPaymentIsNotFound() {
    assertError(shop.get(null, "/pay/pi_unknown"), 404, "not_found");
    assertError(decide("/pay/pi_unknown", "decision=approve"), 404, "not_found");
  }

  @Test
  void onlyAnApproveOrDeclineFormIsTaken() {
    for (var form :
        new String[] {"", "decision=maybe", "decision=approve&decision=decline", "decision=%zz"}) {
      var error = assertError(decide(page, form), 400, "validation_failed");
      assertThat(error.get("details").has("decision")).as(form).isTrue();
    }
    assertError(
        shop.send("POST", page, "{\"decision\": \"approve\"}", "Content-Type", "application/json"),
        415,
        "unsupported_media_type");
    assertThat(orderStatus()).isEqualTo("pending_payment");
  }
}
