package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalog on PostgreSQL: text search, filters, sorts and pages, and search input built
 * to break a query, which is answered 200 or 400 and never anything worse.
 */
@ExtendWith(KassaServerExtension.class)
class CatalogSearchE2ETest {

  private static final List<String> HOSTILE =
      List.of(
          "'",
          "\"",
          "''",
          "%",
          "_",
          "%_%",
          "\\",
          "\\'",
          "'; drop table products; --",
          "' or '1'='1",
          "1) or (1=1",
          "a:* | b:*",
          "!(&|)<->:*",
          "$$ select 1 $$",
          "café ñandú Ελληνικά русский 寿司 עברית",
          "🍣🛒🤖",
          "e\u0301\u200b\u202e",
          "\uFEFF",
          " ",
          "x".repeat(200),
          "y".repeat(201),
          "zq".repeat(5_120),
          "\u0000",
          "tab\there",
          "line\nbreak");

  /** Input without a letter or digit: it must match nothing, wildcards above all. */
  private static final List<String> WORDLESS =
      List.of("'", "\"", "%", "_", "%_%", "\\", "!(&|)<->:*", "🍣🛒🤖", "\uFEFF");

  @Test
  void hostileSearchTextIsAnsweredWithA200OrA400AndTheCatalogStillWorks(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var category = Shop.newCategory();
    var product =
        shop.createProduct(category, "O'Brien's \"100%\" cotton_shirt \\ Crème brûlée", 2_000, 3);
    var inCategory = "category=" + category + "&q=";

    for (var text : HOSTILE) {
      for (var query : List.of("q=", inCategory, "category=", "sort=", "minPrice=", "inStock=")) {
        var reply = shop.http().get("/v1/products?" + query + encode(text)).send();
        assertThat(reply.status()).as(reply.describe()).isIn(200, 400);
        if (reply.status() == 400) {
          reply.expectError(400, "validation_failed");
        }
      }
    }
    for (var text : WORDLESS) {
      assertThat(shop.products(inCategory + encode(text)).get("total").asLong()).as(text).isZero();
    }
    for (var sql : List.of("'; drop table products; --", "' or '1'='1", "1) or (1=1")) {
      assertThat(shop.products(inCategory + encode(sql)).get("total").asLong()).as(sql).isZero();
    }

    assertThat(searchStatus(shop, "x".repeat(200))).isEqualTo(200);
    assertThat(searchStatus(shop, "y".repeat(201))).isEqualTo(400);
    assertThat(searchStatus(shop, "zq".repeat(5_120))).isEqualTo(400);
    assertThat(searchStatus(shop, "\u0000")).isEqualTo(400);
    for (var text : List.of("O'Brien", "o'brien's", "\"100%\"", "cotton_shirt", "crème", "BRÛL")) {
      var found = shop.products(inCategory + encode(text));
      assertThat(found.get("total").asLong()).as(text).isEqualTo(1);
      assertThat(found.at("/data/0")).isEqualTo(shop.product(product.get("id").asText()));
    }
    var later = shop.createProduct(category, "Plain towel", 900, 1).get("id").asText();
    var all = shop.products("category=" + category);
    assertThat(ids(all)).containsExactly(later, product.get("id").asText());
    assertThat(shop.products("q=towel&category=" + category).at("/data/0/id").asText())
        .isEqualTo(later);
    assertThat(shop.products("limit=1").get("total").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void filtersSortsAndPagesTheCatalog(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var category = Shop.newCategory();
    var alpha = shop.createProduct(category, "Alpha anvil", 500, 3).get("id").asText();
    var beta = shop.createProduct(category, "beta Bucket", 1_500, 0).get("id").asText();
    var gamma = shop.createProduct(category, "Gamma gadget", 2_500, 1).get("id").asText();
    var delta = shop.createProduct(category, "delta drill", 1_000, 2).get("id").asText();
    var archived = shop.createProduct(category, "Alpha archived", 700, 5).get("id").asText();
    shop.http().delete("/v1/products/" + archived).as(shop.admin()).send().expect(204);
    var ours = "category=" + category.toUpperCase(Locale.ROOT) + "&";

    assertThat(ids(shop.products(ours))).containsExactly(delta, gamma, beta, alpha);
    assertThat(ids(shop.products(ours + "sort=-createdAt")))
        .containsExactly(delta, gamma, beta, alpha);
    assertThat(ids(shop.products(ours + "sort=name"))).containsExactly(alpha, beta, delta, gamma);
    assertThat(ids(shop.products(ours + "sort=price"))).containsExactly(alpha, delta, beta, gamma);
    assertThat(ids(shop.products(ours + "sort=-price"))).containsExactly(gamma, beta, delta, alpha);
    assertThat(ids(shop.products(ours + "minPrice=1000&maxPrice=1500&sort=price")))
        .containsExactly(delta, beta);
    assertThat(ids(shop.products(ours + "inStock=true&sort=price")))
        .containsExactly(alpha, delta, gamma);
    assertThat(ids(shop.products(ours + "inStock=false"))).containsExactly(beta);
    assertThat(ids(shop.products(ours + "q=GADG"))).containsExactly(gamma);
    assertThat(ids(shop.products(ours + "q=alpha"))).containsExactly(alpha);
    assertThat(ids(shop.products(ours + "q=thing+tests&sort=name")))
        .containsExactly(alpha, beta, delta, gamma);
    assertThat(ids(shop.products(ours + "q=anvil+bucket"))).isEmpty();

    var page = shop.products(ours + "sort=price&limit=2&offset=1");
    assertThat(ids(page)).containsExactly(delta, beta);
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    var beyond = shop.products(ours + "sort=price&offset=4");
    assertThat(beyond.get("data")).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(4);

    for (var wrong :
        List.of(
            "minPrice=2000&maxPrice=1000",
            "minPrice=-1",
            "maxPrice=ten",
            "minPrice=1.5",
            "minPrice=99999999999999999999",
            "sort=price;drop",
            "sort=-name",
            "inStock=yes")) {
      shop.http().get("/v1/products?" + ours + wrong).send().expectError(400, "validation_failed");
    }
    shop.http().get("/v1/products/" + archived).send().expectError(404, "not_found");
    shop.http().get("/v1/products/not-a-uuid").send().expectError(404, "not_found");
  }

  private static int searchStatus(Shop shop, String text) {
    return shop.http().get("/v1/products?q=" + encode(text)).send().status();
  }

  private static List<String> ids(JsonNode page) {
    return page.get("data").valueStream().map(product -> product.get("id").asText()).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
