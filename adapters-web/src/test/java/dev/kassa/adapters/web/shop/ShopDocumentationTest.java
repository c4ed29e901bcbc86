package dev.kassa.adapters.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopDocumentationTest {

  @Test
  void everyShopAndPaymentRouteOfTheContractIsServedAndDocumented() {
    try (var shop = Shop.start()) {
      assertThat(shop.routes())
          .contains(
              "GET /v1/products",
              "GET /v1/products/{id}",
              "POST /v1/products",
              "PUT /v1/products/{id}",
              "DELETE /v1/products/{id}",
              "POST /v1/products/{id}/stock-adjustments",
              "GET /v1/products/{id}/stock-movements",
              "GET /v1/cart",
              "POST /v1/cart/items",
              "PUT /v1/cart/items/{id}",
              "DELETE /v1/cart/items/{id}",
              "DELETE /v1/cart",
              "POST /v1/checkout",
              "GET /v1/orders",
              "GET /v1/orders/{id}",
              "POST /v1/orders/{id}/cancel",
              "PATCH /v1/orders/{id}",
              "POST /v1/purchases",
              "GET /v1/purchases",
              "GET /v1/purchases/{id}",
              "GET /v1/payments/{id}",
              "POST /v1/orders/{id}/refunds",
              "POST /v1/webhooks/{provider}",
              "GET /v1/admin/webhook-events",
              "GET /pay/{paymentId}",
              "POST /pay/{paymentId}");
      assertThat(shop.undocumentedRoutes()).isEmpty();
    }
  }
}
