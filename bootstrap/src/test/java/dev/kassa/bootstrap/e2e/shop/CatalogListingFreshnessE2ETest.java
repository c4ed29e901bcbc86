package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public listing as the server serves it, with its product cache and the JSON it keeps per
 * cached page: a page read again is the same answer, and every change to a listed product (its
 * details, its stock, an uploaded image) shows on the very next read.
 */
@ExtendWith(KassaServerExtension.class)
class CatalogListingFreshnessE2ETest {

  @Test
  void aListedProductsChangesShowOnTheNextRead(RunningKassa kassa) throws IOException {
    var shop = Shop.of(kassa);
    var category = Shop.newCategory();
    var query = "category=" + category;
    var lamp = shop.createProduct(category, "Lamp", 2_500, 5);
    var id = lamp.get("id").asText();

    var first = listed(shop, query);
    assertThat(first.get("name").asText()).isEqualTo("Lamp");
    assertThat(body(shop, query)).isEqualTo(body(shop, query));

    shop.updateProduct(lamp, Map.of("name", "Desk lamp", "price", 2_700));
    var renamed = listed(shop, query);
    assertThat(renamed.get("name").asText()).isEqualTo("Desk lamp");
    assertThat(renamed.get("price").asLong()).isEqualTo(2_700);

    shop.http()
        .post("/v1/products/" + id + "/stock-adjustments")
        .as(shop.admin())
        .json(Map.of("delta", 7, "reason", "restock"))
        .send()
        .expect(200);
    assertThat(listed(shop, query).get("stock").asInt()).isEqualTo(12);

    var image =
        shop.http()
            .post("/v1/products/" + id + "/images")
            .as(shop.admin())
            .file("file", "lamp.png", "image/png", png())
            .send()
            .expect(201);
    assertThat(listed(shop, query).get("imageUrls").get(0).asText())
        .isEqualTo("/v1/images/" + image.get("id").asText());
  }

  private static JsonNode listed(Shop shop, String query) {
    var page = shop.products(query);
    assertThat(page.get("data")).hasSize(1);
    return page.get("data").get(0);
  }

  private static String body(Shop shop, String query) {
    return shop.http().get("/v1/products?" + query).send().body();
  }

  private static byte[] png() throws IOException {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
