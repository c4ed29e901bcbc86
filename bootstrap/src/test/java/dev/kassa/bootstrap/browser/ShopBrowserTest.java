package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The shop in the browser, against the assembled server on PostgreSQL: a customer pays with each
 * method (the provider's through its {@code /pay} page), then an admin ships and refunds.
 */
@ExtendWith(KassaServerExtension.class)
class ShopBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void aCustomerBuysWithEveryPaymentMethodAndAnAdminShipsAndRefunds(RunningKassa kassa) {
    var category = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    createProduct(kassa, admin, category, "Teapot", 1250);
    createProduct(kassa, admin, category, "Kettle", 3999);
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("shop");
    app.signUp("Eve", KassaApp.newEmail("eve"));
    var account = app.openAccount("Eve shopping");
    app.deposit(account, "200.00");
    app.go("bank/cards");
    app.submit(app.form("Issue a card"));
    app.waitFor(By.id("card-number"));

    var orders = new ArrayList<String>();
    for (var method : List.of("account", "card", "gateway")) {
      addToCart(app, category, "Teapot");
      app.go("shop/cart");
      var checkout = app.form("Check out");
      app.choose(checkout, "type", method);
      app.submit(checkout);
      var placed = app.waitFor(By.cssSelector("#checkout-result .order-details"));
      orders.add(placed.getDomAttribute("data-order"));
      if (method.equals("gateway")) {
        assertThat(placed.getDomAttribute("data-status")).isEqualTo("pending_payment");
        approveAtTheProvider(app, orders.getLast());
      }
      app.waitForText(By.cssSelector("#checkout-result .order-status"), "paid");
    }
    app.go("shop");
    searchCategory(app, category);
    app.documentScreenshot(browser, "shop");
    app.go("shop/orders");
    app.waitForText(By.id("orders"), "3 of 3");

    app.logIn(kassa.adminEmail(), kassa.adminPassword());
    app.go("admin/orders");
    ship(app, orders.get(0));
    app.expectNotice("is shipped");
    refund(app, orders.get(0), "5.00");
    app.expectNotice("Refunded EUR 5.00");
    refund(app, orders.get(2), "");
    app.expectNotice("Refunded EUR 12.50");
    var shipped = kassa.http().get("/v1/orders/" + orders.get(0)).as(admin).send().expect(200);
    assertThat(shipped.get("status").asText()).isEqualTo("shipped");
    assertThat(shipped.at("/payment/amountRefunded").asLong()).isEqualTo(500);
    assertThat(
            kassa
                .http()
                .get("/v1/orders/" + orders.get(2))
                .as(admin)
                .send()
                .expect(200)
                .at("/payment/amountRefunded")
                .asLong())
        .isEqualTo(1250);
    app.assertNothingStored();
  }

  private static void createProduct(
      RunningKassa kassa, Caller admin, String category, String name, long cents) {
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
                "A " + name.toLowerCase(Locale.ROOT) + " for the browser tests",
                "price",
                cents,
                "currency",
                "EUR",
                "category",
                category,
                "stock",
                10))
        .send()
        .expect(201);
  }

  private static void searchCategory(KassaApp app, String category) {
    var search = app.form("Search the catalog");
    app.type(search, "category", category);
    app.submit(search);
    app.waitForText(By.id("catalog"), "1–2 of 2");
  }

  private static void addToCart(KassaApp app, String category, String name) {
    app.go("shop");
    searchCategory(app, category);
    app.submit(app.form("Add " + name + " to the cart"));
    app.expectNotice(name + " added to the cart.");
  }

  private static void approveAtTheProvider(KassaApp app, String orderId) {
    var driver = app.driver();
    var shop = driver.getWindowHandle();
    app.click(By.id("pay-" + orderId));
    var provider =
        driver.getWindowHandles().stream().filter(h -> !h.equals(shop)).findFirst().orElseThrow();
    driver.switchTo().window(provider);
    app.click(By.xpath("//button[@value='approve']"));
    app.waitForText(By.tagName("dl"), "succeeded");
    driver.close();
    driver.switchTo().window(shop);
  }

  private static void ship(KassaApp app, String orderId) {
    app.click(By.xpath("//tr[.//span[@data-order='" + orderId + "']]//summary[text()='Ship']"));
    app.submit(app.form("Ship order " + orderId));
  }

  private static void refund(KassaApp app, String orderId, String amount) {
    var row = "//tr[.//span[@data-order='" + orderId + "']]";
    app.click(By.xpath(row + "//summary[text()='Refund']"));
    var form = app.form("Refund order " + orderId);
    if (!amount.isEmpty()) {
      app.type(form, "amount", amount);
    }
    app.submit(form);
  }
}
