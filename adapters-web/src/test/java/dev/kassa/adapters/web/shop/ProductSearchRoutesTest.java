package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.application.auth.AuthResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public catalog listing: text search, filters, sort, paging, and input it must refuse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchRoutesTest {

  private Shop shop;

  @BeforeAll
  void start() {
    shop = Shop.start();
    var admin = shop.admin();
    add(admin, "Walnut Desk", "Solid walnut, oiled", 45_000, "furniture", 3);
    add(admin, "Oak Chair", "A sturdy chair of oak", 12_000, "furniture", 0);
    add(admin, "Desk Lamp", "Bright LED lamp for any desk", 2_500, "lighting", 12);
    add(admin, "Floor Lamp", "Tall and warm", 8_900, "lighting", 4);
    var archived = add(admin, "Old Desk Lamp", "Retired", 1_000, "lighting", 9);
    expect(shop.delete(admin, "/v1/products/" + archived), 204);
  }

  private String add(
      AuthResult admin, String name, String description, long price, String category, int stock) {
    shop.clock().advance(Duration.ofMinutes(1));
    var body = productBody(name, price, "EUR", stock);
    body.put("description", description);
    body.put("category", category);
    return shop.product(admin, body).get("id").asText();
  }

  @AfterAll
  void stop() {
    shop.close();
  }

  private JsonNode search(String query) {
    return expect(shop.get(null, "/v1/products" + (query.isEmpty() ? "" : "?" + query)), 200);
  }

  private static List<String> names(JsonNode page) {
    var names = new ArrayList<String>();
    page.get("data").forEach(product -> names.add(product.get("name").asText()));
    return names;
  }

  @Test
  void theDefaultListingShowsActiveProductsNewestFirst() {
    var page = search("");

    assertThat(names(page)).containsExactly("Floor Lamp", "Desk Lamp", "Oak Chair", "Walnut Desk");
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("offset").asInt()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q=desk|Desk Lamp,Walnut Desk",
        "q=DESK&sort=name|Desk Lamp,Walnut Desk",
        "q=lamp desk|Desk Lamp",
        "q=wal|Walnut Desk",
        "q=sturdy|Oak Chair",
        "q=retired|''",
        "category=lighting|Floor Lamp,Desk Lamp",
        "category=LIGHTING|Floor Lamp,Desk Lamp",
        "category=garden|''",
        "minPrice=8900|Floor Lamp,Oak Chair,Walnut Desk",
        "maxPrice=8900|Floor Lamp,Desk Lamp",
        "minPrice=8900&maxPrice=12000|Floor Lamp,Oak Chair",
        "inStock=true|Floor Lamp,Desk Lamp,Walnut Desk",
        "inStock=false|Oak Chair",
        "sort=name|Desk Lamp,Floor Lamp,Oak Chair,Walnut Desk",
        "sort=price|Desk Lamp,Floor Lamp,Oak Chair,Walnut Desk",
        "sort=-price|Walnut Desk,Oak Chair,Floor Lamp,Desk Lamp",
        "sort=-createdAt|Floor Lamp,Desk Lamp,Oak Chair,Walnut Desk",
        "category=lighting&maxPrice=5000&inStock=true|Desk Lamp",
        "sort=price&limit=2&offset=1|Floor Lamp,Oak Chair",
        "q=&category=|Floor Lamp,Desk Lamp,Oak Chair,Walnut Desk"
      })
  void filtersCombineAndSortOrdersTheListing(String query, String expected) {
    var page = search(query.replace(" ", "%20"));

    var wanted = expected.isEmpty() ? List.<String>of() : List.of(expected.split(","));
    if (query.contains("sort=")) {
      assertThat(names(page)).containsExactlyElementsOf(wanted);
    } else {
      assertThat(names(page)).containsExactlyInAnyOrderElementsOf(wanted);
    }
  }

  @Test
  void theTotalCountsEveryMatchNotJustThePage() {
    var page = search("limit=1&offset=1&sort=name");

    assertThat(names(page)).containsExactly("Floor Lamp");
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "minPrice=cheap, minPrice",
    "minPrice=-1, minPrice",
    "minPrice=1.5, minPrice",
    "maxPrice=99999999999999999999, maxPrice",
    "maxPrice=-5, maxPrice",
    "minPrice=500&maxPrice=100, minPrice",
    "inStock=yes, inStock",
    "inStock=TRUE, inStock",
    "sort=newest, sort",
    "sort=-name, sort",
    "limit=0, limit",
    "limit=101, limit",
    "offset=-1, offset",
    "q=%00, q",
    "category=a%0Ab, category"
  })
  void aBadParameterIsRefusedNamingIt(String query, String parameter) {
    var error = assertError(shop.get(null, "/v1/products?" + query), 400, "validation_failed");

    assertThat(error.get("details").has(parameter)).as(error.toString()).isTrue();
  }

  @Test
  void searchTextLongerThanTheLimitIsRefused() {
    var error =
        assertError(shop.get(null, "/v1/products?q=" + "a".repeat(201)), 400, "validation_failed");

    assertThat(error.get("details").has("q")).isTrue();
    expect(shop.get(null, "/v1/products?q=" + "a".repeat(200)), 200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "'",
        "\"",
        "%",
        "_",
        "%_%",
        "\\",
        "desk'; DROP TABLE products; --",
        "' OR '1'='1",
        "lamp\" OR 1=1 --",
        "*",
        "(",
        ")",
        "&",
        "|",
        "!",
        ":*",
        "a & b | !c",
        "<script>alert(1)</script>",
        "🙂 lamp",
        "d\u00e9sk"
      })
  void hostileSearchTextIsAnOrdinarySearch(String text) {
    var response =
        shop.get(null, "/v1/products?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (var product : Shop.json(response).get("data")) {
      assertThat(product.get("status").asText()).isEqualTo("active");
    }
  }

  @Test
  void aTenKilobyteSearchIsRefusedNotFailed() {
    for (var text : List.of("a".repeat(10_240), "%' OR 1=1 -- ".repeat(800))) {
      var response =
          shop.get(null, "/v1/products?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));

      assertError(response, 400, "validation_failed");
    }
  }

  @Test
  void hostileTextInOtherParametersIsRefusedOrMatchesNothing() {
    for (var query :
        Map.of(
                "category", "' OR 1=1 --",
                "sort", "name; DROP TABLE products",
                "minPrice", "0 OR 1=1")
            .entrySet()) {
      var response =
          shop.get(
              null,
              "/v1/products?"
                  + query.getKey()
                  + "="
                  + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8));

      assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
      if (response.statusCode() == 200) {
        assertThat(Shop.json(response).get("total").asLong()).isZero();
      }
    }
  }
}
