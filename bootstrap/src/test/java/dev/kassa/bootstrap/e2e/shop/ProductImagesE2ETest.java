package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.images.TestImages;
import dev.kassa.bootstrap.e2e.BytesReply;
import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.KassaHttp;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import dev.kassa.domain.image.ImageFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Product images over HTTP on PostgreSQL: recognised by their content, bounded in size, stripped of
 * their metadata, uploaded by admins only, ordered, removed, and served with caching headers and
 * thumbnails.
 */
@ExtendWith(KassaServerExtension.class)
class ProductImagesE2ETest {

  /** IMAGE_MAX_BYTES as the test server runs (unset: the default, 5 MiB). */
  private static final int MAX_BYTES = 5 * 1024 * 1024;

  private Shop shop;
  private String product;
  private String externalUrl;

  @BeforeEach
  void setUp(RunningKassa kassa) {
    shop = Shop.of(kassa);
    var created = shop.createProduct(Shop.newCategory(), "Framed print", 4_500, 3);
    product = created.get("id").asText();
    externalUrl = created.at("/imageUrls/0").asText();
  }

  @Test
  void pngNamedJpgIsStoredAsPngAndListedBeforeTheExternalUrls() {
    var image = upload("holiday.jpg", "image/jpeg", TestImages.png(64, 48)).expect(201);

    assertThat(image.get("contentType").asText()).isEqualTo("image/png");
    assertThat(image.get("width").asInt()).isEqualTo(64);
    assertThat(image.get("height").asInt()).isEqualTo(48);
    var served = get(image.get("url").asText()).expect(200);
    assertThat(ImageFormat.sniff(served)).contains(ImageFormat.PNG);
    assertThat(image.get("bytes").asLong()).isEqualTo(served.length);
    assertThat(urls(shop.product(product))).containsExactly(image.get("url").asText(), externalUrl);
  }

  @Test
  void webpIsAcceptedAndKeptAsLosslessPng() {
    var image = upload("tiny.webp", "image/webp", TestImages.WEBP_1X1).expect(201);

    assertThat(image.get("contentType").asText()).isEqualTo("image/png");
    assertThat(image.get("width").asInt()).isEqualTo(1);
  }

  @Test
  void textNamedPngIsRefusedAndNothingIsStored() {
    var text = "just some words, not an image".getBytes(StandardCharsets.UTF_8);

    upload("photo.png", "image/png", text).expectError(415, "unsupported_media_type");

    assertThat(urls(shop.product(product))).containsExactly(externalUrl);
  }

  @Test
  void fileOverTheLimitIsRefusedWith413WhetherJustOverOrFarOver() {
    var justOver = Arrays.copyOf(TestImages.png(4, 4), MAX_BYTES + 1);
    var farOver = Arrays.copyOf(TestImages.png(4, 4), MAX_BYTES + 1024 * 1024);

    var near = upload("big.png", "image/png", justOver);
    var far =
        shop.http()
            .post(images())
            .as(shop.admin())
            .expectContinue()
            .file("file", "huge.png", "image/png", farOver)
            .send();

    near.expectError(413, "payload_too_large");
    far.expectError(413, "payload_too_large");
    assertThat(urls(shop.product(product))).containsExactly(externalUrl);
  }

  @Test
  void exifLocationIsGoneFromWhatIsServedAndThePhotoIsUpright() throws IOException {
    var photo = TestImages.jpegWithGpsExif(40, 20, 6);
    assertThat(TestImages.contains(photo, TestImages.EXIF_HEADER)).isTrue();

    var image = upload("gps.jpg", "image/jpeg", photo).expect(201);

    var served = get(image.get("url").asText()).expect(200);
    assertThat(TestImages.contains(served, TestImages.EXIF_HEADER)).isFalse();
    assertThat(ImageFormat.sniff(served)).contains(ImageFormat.JPEG);
    var pixels = ImageIO.read(new ByteArrayInputStream(served));
    assertThat(pixels.getWidth()).isEqualTo(20);
    assertThat(pixels.getHeight()).isEqualTo(40);
    var thumbnail = get(image.get("url").asText() + "?size=thumb").expect(200);
    assertThat(TestImages.contains(thumbnail, TestImages.EXIF_HEADER)).isFalse();
  }

  @Test
  void customersAndStrangersCannotUploadReorderOrDelete(RunningKassa kassa) {
    var customer = kassa.bank().register();
    var image = upload("a.png", "image/png", TestImages.png(8, 8)).expect(201);
    var id = image.get("id").asText();

    uploadAs(customer, TestImages.png(8, 8)).expectError(403, "forbidden");
    shop.http()
        .post(images())
        .file("file", "a.png", "image/png", TestImages.png(8, 8))
        .send()
        .expectError(401, "unauthenticated");
    shop.http()
        .request("PUT", images() + "/order")
        .as(customer)
        .json(Map.of("imageIds", List.of(id)))
        .send()
        .expectError(403, "forbidden");
    shop.http().delete(images() + "/" + id).as(customer).send().expectError(403, "forbidden");
    assertThat(urls(shop.product(product))).containsExactly(image.get("url").asText(), externalUrl);
  }

  @Test
  void adminsReorderAndDeleteImages() {
    var first = upload("1.png", "image/png", TestImages.png(10, 10)).expect(201);
    var second = upload("2.jpg", "image/jpeg", TestImages.jpeg(10, 10)).expect(201);
    var third = upload("3.png", "image/png", TestImages.png(12, 10)).expect(201);

    var reordered =
        reorder(List.of(id(third), id(first), id(second))).send().expect(200).get("images");

    assertThat(ids(reordered)).containsExactly(id(third), id(first), id(second));
    assertThat(urls(shop.product(product)))
        .containsExactly(url(third), url(first), url(second), externalUrl);
    reorder(List.of(id(third), id(first))).send().expectError(400, "validation_failed");
    reorder(List.of(id(third), id(first), id(first))).send().expectError(400, "validation_failed");

    shop.http().delete(images() + "/" + id(first)).as(shop.admin()).send().expect(204);

    assertThat(urls(shop.product(product))).containsExactly(url(third), url(second), externalUrl);
    get(url(first)).expectError(404, "not_found");
    shop.http()
        .delete(images() + "/" + id(first))
        .as(shop.admin())
        .send()
        .expectError(404, "not_found");
  }

  @Test
  void sendingTheProductBackUnchangedKeepsItsUploadedImages() {
    var image = upload("1.png", "image/png", TestImages.png(10, 10)).expect(201);

    var updated = shop.updateProduct(shop.product(product), Map.of("name", "Renamed print"));

    assertThat(urls(updated)).containsExactly(url(image), externalUrl);
  }

  @Test
  void imagesAreCachedForeverByContentAndAnsweredNotModified() {
    var image = upload("1.png", "image/png", TestImages.png(300, 300)).expect(201);
    var again = upload("1-again.png", "image/png", TestImages.png(300, 300)).expect(201);

    var first = get(url(image));
    first.expect(200);
    var etag = first.header("ETag").orElseThrow();
    assertThat(first.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(get(url(again)).header("ETag")).contains(etag);

    var notModified = shop.http().get(url(image)).header("If-None-Match", etag).sendForBytes();
    notModified.expect(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.header("ETag")).contains(etag);
    var weak = shop.http().get(url(image)).header("If-None-Match", "W/" + etag).sendForBytes();
    weak.expect(304);
    var stale = shop.http().get(url(image)).header("If-None-Match", "\"other\"").sendForBytes();
    stale.expect(200);
    var thumbnail = get(url(image) + "?size=thumb");
    assertThat(thumbnail.header("ETag").orElseThrow()).isNotEqualTo(etag);
  }

  @Test
  void thumbnailFitsIn256PixelsKeepingProportions() throws IOException {
    var image = upload("wide.jpg", "image/jpeg", TestImages.jpeg(1024, 512)).expect(201);

    var thumbnail = get(url(image) + "?size=thumb");

    thumbnail.expect(200);
    assertThat(thumbnail.header("Content-Type")).contains("image/jpeg");
    var pixels = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertThat(pixels.getWidth()).isEqualTo(256);
    assertThat(pixels.getHeight()).isEqualTo(128);
    get(url(image) + "?size=huge").expectError(400, "validation_failed");
  }

  private Reply upload(String filename, String contentType, byte[] content) {
    return shop.http()
        .post(images())
        .as(shop.admin())
        .file("file", filename, contentType, content)
        .send();
  }

  private Reply uploadAs(Caller caller, byte[] content) {
    return shop.http().post(images()).as(caller).file("file", "a.png", "image/png", content).send();
  }

  private KassaHttp.Request reorder(List<String> ids) {
    return shop.http()
        .request("PUT", images() + "/order")
        .as(shop.admin())
        .json(Map.of("imageIds", ids));
  }

  private BytesReply get(String url) {
    return shop.http().get(url).sendForBytes();
  }

  private String images() {
    return "/v1/products/" + product + "/images";
  }

  private static String id(JsonNode image) {
    return image.get("id").asText();
  }

  private static String url(JsonNode image) {
    return image.get("url").asText();
  }

  private static List<String> ids(JsonNode images) {
    var ids = new ArrayList<String>();
    images.forEach(image -> ids.add(id(image)));
    return ids;
  }

  private static List<String> urls(JsonNode product) {
    var urls = new ArrayList<String>();
    product.get("imageUrls").forEach(url -> urls.add(url.asText()));
    return urls;
  }
}
