package dev.kassa.adapters.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  /**
   * The auth, account-holder, banking, shop, payments, webhook-endpoints and operations surface of
   * API.md, and the simulated provider's hosted page, nothing more.
   */
  private static final Set<String> CONTRACT =
      Set.of(
          "POST /v1/auth/register",
          "POST /v1/auth/login",
          "POST /v1/auth/refresh",
          "POST /v1/auth/logout",
          "GET /v1/auth/me",
          "PATCH /v1/auth/me",
          "POST /v1/auth/password",
          "POST /v1/auth/password-reset",
          "POST /v1/auth/password-reset/confirm",
          "GET /v1/admin/users",
          "PATCH /v1/admin/users/{id}",
          "GET /v1/account-holders",
          "GET /v1/account-holders/{id}",
          "POST /v1/accounts",
          "GET /v1/accounts",
          "GET /v1/accounts/{id}",
          "PATCH /v1/accounts/{id}",
          "DELETE /v1/accounts/{id}",
          "POST /v1/transactions",
          "GET /v1/transactions",
          "GET /v1/transactions/{id}",
          "POST /v1/transfers",
          "GET /v1/transfers",
          "GET /v1/transfers/{id}",
          "POST /v1/cards",
          "GET /v1/cards",
          "GET /v1/cards/{id}",
          "PATCH /v1/cards/{id}",
          "GET /v1/statements/{accountId}",
          "GET /v1/accounts/{id}/balance",
          "GET /v1/health",
          "GET /v1/health/live",
          "GET /v1/openapi.json",
          "GET /v1/admin/ledger/verify",
          "GET /v1/admin/audit-events",
          "GET /v1/products",
          "POST /v1/products",
          "GET /v1/products/{id}",
          "PUT /v1/products/{id}",
          "DELETE /v1/products/{id}",
          "POST /v1/products/{id}/stock-adjustments",
          "POST /v1/products/{id}/images",
          "PUT /v1/products/{id}/images/order",
          "DELETE /v1/products/{id}/images/{imageId}",
          "GET /v1/images/{id}",
          "GET /v1/products/{id}/stock-movements",
          "GET /v1/cart",
          "DELETE /v1/cart",
          "POST /v1/cart/items",
          "PUT /v1/cart/items/{id}",
          "DELETE /v1/cart/items/{id}",
          "POST /v1/checkout",
          "GET /v1/orders",
          "GET /v1/orders/{id}",
          "PATCH /v1/orders/{id}",
          "POST /v1/orders/{id}/cancel",
          "POST /v1/purchases",
          "GET /v1/purchases",
          "GET /v1/purchases/{id}",
          "GET /v1/payments/{id}",
          "POST /v1/orders/{id}/refunds",
          "POST /v1/webhooks/{provider}",
          "GET /v1/admin/webhook-events",
          "GET /v1/admin/events",
          "GET /v1/admin/events/{id}",
          "POST /v1/admin/events/{id}/redeliver",
          "POST /v1/webhook-endpoints",
          "GET /v1/webhook-endpoints",
          "GET /v1/webhook-endpoints/{id}",
          "PATCH /v1/webhook-endpoints/{id}",
          "DELETE /v1/webhook-endpoints/{id}",
          "POST /v1/webhook-endpoints/{id}/rotate-secret",
          "GET /v1/webhook-endpoints/{id}/deliveries",
          "POST /v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver",
          "GET /v1/notifications",
          "POST /v1/notifications/{id}/read",
          "POST /v1/notifications/read-all",
          "GET /pay/{paymentId}",
          "POST /pay/{paymentId}",
          "GET /docs",
          "GET /docs/{asset}");

  private static final Set<String> PUBLIC =
      Set.of(
          "POST /v1/auth/register",
          "POST /v1/auth/login",
          "POST /v1/auth/refresh",
          "POST /v1/auth/password-reset",
          "POST /v1/auth/password-reset/confirm",
          "GET /v1/health",
          "GET /v1/health/live",
          "GET /v1/openapi.json",
          "GET /v1/products",
          "GET /v1/products/{id}",
          "GET /v1/images/{id}",
          "POST /v1/webhooks/{provider}",
          "GET /pay/{paymentId}",
          "POST /pay/{paymentId}",
          "GET /docs",
          "GET /docs/{asset}");

  /**
   * Outside {@code /v1}, pages for people: the simulated provider's hosted page and the API
   * reference with its files.
   */
  private static final Set<String> PAGES = Set.of("/pay/{paymentId}", "/docs", "/docs/{asset}");

  /** Bodies taken as raw bytes, whatever their declared type, so never refused with 415. */
  private static final Set<String> RAW_BODIES = Set.of("POST /v1/webhooks/{provider}");

  private static final Set<String> IDEMPOTENT =
      Set.of(
          "POST /v1/transactions",
          "POST /v1/transfers",
          "POST /v1/checkout",
          "POST /v1/purchases",
          "POST /v1/orders/{id}/cancel",
          "POST /v1/orders/{id}/refunds");

  private static final String JSON = "application/json";

  private static OpenAPI document;

  private record Op(String key, Operation operation) {}

  @BeforeAll
  static void parse() throws IOException {
    String yaml;
    try (var in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    var result = new OpenAPIV3Parser().readContents(yaml, null, options);
    assertThat(result.getMessages()).isEmpty();
    document = result.getOpenAPI();
  }

  private static List<Op> operations() {
    var all = new ArrayList<Op>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> all.add(new Op(method + " " + path, operation))));
    return all;
  }

  @Test
  void isOpenApi31() {
    assertThat(document.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(document.getOpenapi()).startsWith("3.1.");
  }

  @Test
  void everyPathIsUnderV1ButThePagesForPeople() {
    assertThat(document.getPaths().keySet())
        .allMatch(path -> path.startsWith("/v1/") || PAGES.contains(path));
  }

  @Test
  void describesExactlyTheContractedRoutes() {
    var documented = new TreeSet<String>();
    operations().forEach(op -> documented.add(op.key()));

    assertThat(documented).containsExactlyInAnyOrderElementsOf(CONTRACT);
  }

  @Test
  void operationIdsAreUnique() {
    var ids = operations().stream().map(op -> op.operation().getOperationId()).toList();

    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void everyOperationDocumentsRateLimitsAndInternalErrors() {
    assertThat(operations())
        .allSatisfy(
            op ->
                assertThat(op.operation().getResponses()).as(op.key()).containsKeys("429", "500"));
  }

  @Test
  void protectedOperationsNeedABearerTokenAndDocument401() {
    for (var op : operations()) {
      var security = op.operation().getSecurity();
      if (PUBLIC.contains(op.key())) {
        assertThat(security).as(op.key()).isEmpty();
      } else {
        assertThat(security).as(op.key()).isNull();
        assertThat(op.operation().getResponses()).as(op.key()).containsKey("401");
      }
    }
    assertThat(document.getSecurity()).hasSize(1);
    assertThat(document.getComponents().getSecuritySchemes().get("bearerAuth").getScheme())
        .isEqualTo("bearer");
  }

  @Test
  void adminOperationsDocument403() {
    operations().stream()
        .filter(op -> op.key().contains("/v1/admin/"))
        .forEach(op -> assertThat(op.operation().getResponses()).as(op.key()).containsKey("403"));
  }

  @Test
  void operationsWithABodyDocumentItsFailures() {
    operations().stream()
        .filter(op -> op.operation().getRequestBody() != null)
        .forEach(
            op -> {
              var responses = op.operation().getResponses();
              assertThat(responses).as(op.key()).containsKeys("400", "413");
              assertThat(responses.containsKey("415"))
                  .as(op.key())
                  .isEqualTo(!RAW_BODIES.contains(op.key()));
            });
  }

  @Test
  void operationsWithPathIdsDocument404() {
    operations().stream()
        .filter(op -> op.key().contains("{"))
        .forEach(op -> assertThat(op.operation().getResponses()).as(op.key()).containsKey("404"));
  }

  // swagger-models' Schema is raw here, so its getters return raw collections.
  @SuppressWarnings("unchecked")
  @Test
  void pagedOperationsTakeLimitAndOffset() {
    for (var op : operations()) {
      var ok = op.operation().getResponses().get("200");
      if (ok == null || ok.getContent() == null || !ok.getContent().containsKey(JSON)) {
        continue;
      }
      var schema = ok.getContent().get(JSON).getSchema();
      var data =
          schema.getProperties() == null ? null : (Schema<?>) schema.getProperties().get("data");
      var isPage =
          data != null
              && ("array".equals(data.getType())
                  || (data.getTypes() != null && data.getTypes().contains("array")));
      if (isPage) {
        var names =
            op.operation().getParameters().stream().map(parameter -> parameter.getName()).toList();
        assertThat(names).as(op.key()).contains("limit", "offset");
        var fields = new ArrayList<>(List.of("data", "limit", "offset", "total"));
        if (op.key().equals("GET /v1/notifications")) {
          fields.add("unreadCount");
        }
        assertThat(schema.getRequired()).as(op.key()).containsExactlyInAnyOrderElementsOf(fields);
      }
    }
  }

  @Test
  void moneyMovingPostsTakeAnIdempotencyKey() {
    for (var op : operations()) {
      var parameters = op.operation().getParameters();
      var takesKey =
          parameters != null
              && parameters.stream()
                  .anyMatch(parameter -> "Idempotency-Key".equals(parameter.getName()));
      assertThat(takesKey).as(op.key()).isEqualTo(IDEMPOTENT.contains(op.key()));
    }
  }

  // swagger-models' Schema is raw here, so its getters return raw collections.
  @SuppressWarnings("unchecked")
  @Test
  void everyErrorAnswerIsTheEnvelope() {
    for (var op : operations()) {
      for (Map.Entry<String, io.swagger.v3.oas.models.responses.ApiResponse> response :
          op.operation().getResponses().entrySet()) {
        if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
          var schema = response.getValue().getContent().get("application/json").getSchema();
          assertThat(schema.getProperties())
              .as(op.key() + " " + response.getKey())
              .containsOnlyKeys("error");
        }
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked") // swagger-parser's Schema.getEnum() is a raw List
  void errorCodesAreExactlyTheContractCodes() {
    var codes = document.getComponents().getSchemas().get("ErrorCode").getEnum();

    assertThat(codes.stream().map(Object::toString))
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(dev.kassa.adapters.web.error.ErrorCode.values())
                .map(dev.kassa.adapters.web.error.ErrorCode::code)
                .toList());
  }

  @Test
  void everyOperationIsAPathItemOperationWithASummary() {
    assertThat(operations())
        .allSatisfy(op -> assertThat(op.operation().getSummary()).as(op.key()).isNotBlank());
    assertThat(document.getPaths().values()).allMatch(PathItem.class::isInstance);
  }
}
