package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The shop's later screens in the browser: an admin uploads, reorders and deletes product images
 * and the catalog shows the one left, a customer checks out with a shipping address, the admin sees
 * the sale among the product's stock movements, ships with a carrier and tracking number that the
 * customer then sees, and refunds one line back into stock.
 */
@ExtendWith(KassaServerExtension.class)
class ShopAdminBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void anAdminAddsImagesShipsAndRefundsALineThatTheCustomerSees(
      RunningKassa kassa, @TempDir Path folder) throws IOException {
    var word = letters();
    var name = "Lamp " + word;
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var productId =
        kassa
            .http()
            .post("/v1/products")
            .as(admin)
            .json(
                Map.of(
                    "sku",
                    "WEB-" + UUID.randomUUID(),
                    "name",
                    name,
                    "description",
                    "A lamp for the browser tests",
                    "price",
                    2000,
                    "currency",
                    "EUR",
                    "category",
                    "lamps-" + word,
                    "stock",
                    10))
            .send()
            .expect(201)
            .get("id")
            .asText();
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("login");
    app.logIn(kassa.adminEmail(), kassa.adminPassword());

    showProduct(app, word);
    app.click(productRow(name, "//summary[text()='Images']"));
    var upload = app.form("Upload an image of " + name);
    upload.findElement(By.name("file")).sendKeys(png(folder, "lamp.png", 40, 30).toString());
    app.submit(upload);
    app.expectNotice("Image uploaded (40×30");
    var thumb = app.waitFor(By.cssSelector("#images-" + productId + " img[data-image]"));
    var lamp = thumb.getDomAttribute("data-image");
    assertThat(thumb.getDomAttribute("src")).isEqualTo("/v1/images/" + lamp + "?size=thumb");
    waitUntilLoaded(app, "#images-" + productId + " img[data-image]");
    upload.findElement(By.name("file")).sendKeys(png(folder, "square.png", 20, 20).toString());
    app.submit(upload);
    app.expectNotice("Image uploaded (20×20");
    app.waitUntil(imagesCount(productId, 2));
    var square = imageIds(app, productId).get(1);
    app.click(By.cssSelector("#images-" + productId + " li:nth-child(2) .actions button"));
    app.expectNotice("Images reordered.");
    app.waitUntil(
        "return [...document.querySelectorAll('#images-"
            + productId
            + " img[data-image]')].map(i => i.dataset.image).join() === '"
            + square
            + ","
            + lamp
            + "';");
    assertThat(imageIds(app, productId)).containsExactly(square, lamp);
    app.click(By.xpath("//div[@id='images-" + productId + "']//li[1]//button[text()='Delete']"));
    app.acceptConfirmation();
    app.expectNotice("Image deleted.");
    app.waitUntil(imagesCount(productId, 1));
    assertThat(imageIds(app, productId)).containsExactly(lamp);

    var email = KassaApp.newEmail("ida");
    app.signUp("Ida", email);
    var account = app.openAccount("Ida shopping");
    app.deposit(account, "100.00");
    app.go("shop");
    var search = app.form("Search the catalog");
    app.type(search, "category", "lamps-" + word);
    app.submit(search);
    app.waitForText(By.id("catalog"), "1–1 of 1");
    waitUntilLoaded(app, "#catalog img[data-image]");
    var add = app.form("Add " + name + " to the cart");
    app.type(add, "quantity", "2");
    app.submit(add);
    app.expectNotice(name + " added to the cart.");
    app.go("shop/cart");
    var checkout = app.form("Check out");
    app.choose(checkout, "type", "account");
    app.type(checkout, "shipName", "Ida Tester");
    app.type(checkout, "shipLine1", "Hauptstraße 1");
    app.type(checkout, "shipPostalCode", "10115");
    app.type(checkout, "shipCity", "Berlin");
    app.type(checkout, "shipCountry", "de");
    app.submit(checkout);
    var placed = app.waitFor(By.cssSelector("#checkout-result .order-details"));
    var orderId = placed.getDomAttribute("data-order");
    app.waitForText(By.cssSelector("#checkout-result .order-status"), "paid");
    app.waitForText(
        By.cssSelector("#checkout-result .shipment"), "Hauptstraße 1, 10115 Berlin, DE");

    app.switchTo(kassa.adminEmail());
    showProduct(app, word);
    app.click(productRow(name, "//summary[text()='Stock movements']"));
    app.waitForText(By.cssSelector("#movements-" + productId + " tbody"), "sale");
    app.waitForText(By.cssSelector("#movements-" + productId + " tbody"), "-2");
    app.waitForText(By.cssSelector("#movements-" + productId + " tbody"), "order");

    app.go("admin/orders");
    app.click(By.xpath(orderRow(orderId) + "//summary[text()='Ship']"));
    var ship = app.form("Ship order " + orderId);
    app.type(ship, "carrier", "DHL");
    app.type(ship, "trackingNumber", "JJD0001234");
    app.submit(ship);
    app.expectNotice("is shipped");
    app.waitForText(By.xpath(orderRow(orderId) + "//span[@class='shipment']"), "carrier DHL");
    app.click(By.xpath(orderRow(orderId) + "//summary[text()='Refund']"));
    var refund = app.form("Refund lines of order " + orderId);
    app.type(refund, "quantity-" + productId, "1");
    app.submit(refund);
    app.expectNotice("Refunded EUR 20.00");
    app.waitForText(By.xpath(orderRow(orderId) + "//span[@class='refunded']"), "EUR 20.00");
    var product = kassa.http().get("/v1/products/" + productId).as(admin).send().expect(200);
    assertThat(product.get("stock").asInt()).isEqualTo(9);

    app.switchTo(email);
    app.go("shop/orders");
    app.click(By.xpath("//details[.//div[@data-order='" + orderId + "']]/summary"));
    var details = By.cssSelector(".order-details[data-order='" + orderId + "']");
    app.waitForText(details, "carrier DHL · tracking number JJD0001234");
    app.waitForText(details, "to Ida Tester, Hauptstraße 1, 10115 Berlin, DE");
    app.waitForText(details, "EUR 20.00 refunded");
    app.assertNothingStored();
  }

  private static void showProduct(KassaApp app, String word) {
    app.go("admin/products");
    var filter = app.form("Filter products");
    app.type(filter, "q", word);
    app.submit(filter);
    app.waitForText(By.id("admin-products"), "1–1 of 1");
  }

  private static By productRow(String name, String then) {
    return By.xpath("//tr[td[1]/span[contains(., '" + name + "')]]" + then);
  }

  private static String orderRow(String orderId) {
    return "//tr[.//span[@data-order='" + orderId + "']]";
  }

  /** Waits until the browser has loaded and decoded the image: Kassa served it. */
  private static void waitUntilLoaded(KassaApp app, String selector) {
    var script =
        "var i = document.querySelector(\"" + selector + "\"); return !!i && i.naturalWidth > 0;";
    app.waitUntil(script);
  }

  /** A word of letters only, so that the catalog search finds it as one word. */
  private static String letters() {
    var hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    var word = new StringBuilder();
    for (int i = 0; i < hex.length(); i++) {
      var c = hex.charAt(i);
      word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }

  private static String imagesCount(String productId, int count) {
    return "return document.querySelectorAll('#images-"
        + productId
        + " img[data-image]').length === "
        + count
        + ";";
  }

  private static List<String> imageIds(KassaApp app, String productId) {
    return app
        .driver()
        .findElements(By.cssSelector("#images-" + productId + " img[data-image]"))
        .stream()
        .map(image -> image.getDomAttribute("data-image"))
        .toList();
  }

  private static Path png(Path folder, String name, int width, int height) throws IOException {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, width, height);
    graphics.dispose();
    var file = folder.resolve(name);
    assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
    return file;
  }
}
