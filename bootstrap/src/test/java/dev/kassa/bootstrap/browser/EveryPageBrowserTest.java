package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Every page of the app, as an admin sees it, loads without a console error or a
 * Content-Security-Policy violation (the {@link Browser} reads the console after the test), and so
 * does the page the password-reset mail links to.
 */
@ExtendWith(KassaServerExtension.class)
class EveryPageBrowserTest {

  private static final List<String> PAGES =
      List.of(
          "bank",
          "bank/transactions",
          "bank/statement",
          "bank/cards",
          "shop",
          "shop/cart",
          "shop/orders",
          "account",
          "account/inbox",
          "admin/products",
          "admin/orders",
          "admin/users",
          "admin/ledger",
          "admin/events",
          "admin/webhooks");

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void everyPageLoadsCleanlyForAnAdmin(RunningKassa kassa) {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("login");
    app.logIn(kassa.adminEmail(), kassa.adminPassword());

    for (var page : PAGES) {
      app.go(page);
      app.waitFor(By.cssSelector("#main .page h1"));
      app.waitFor(By.cssSelector("#subnav a[aria-current='page'][href='#/" + page + "']"));
      app.waitForNotBusy();
      assertThat(app.driver().findElements(By.cssSelector(".message.error")))
          .as("errors shown on %s", page)
          .isEmpty();
    }
    app.go("admin/ledger");
    app.click(By.xpath("//button[text()='Verify the ledger']"));
    app.waitForText(By.id("ledger-verdict"), "The ledger is consistent.");
    app.assertNothingStored();
  }

  @Test
  void theLinkOfThePasswordResetMailOpensTheResetPage(RunningKassa kassa) {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    browser.allowConsoleError("the server responded with a status of 400");
    app.driver().get(app.base() + "/reset-password?token=not-a-real-token");

    var form = app.form("Choose a new password");
    assertThat(app.driver().getCurrentUrl()).doesNotContain("token");
    app.type(form, "newPassword", "a-new-password-1");
    app.type(form, "repeat", "a-new-password-1");
    app.submit(form);

    app.waitForText(By.cssSelector(".message.error"), "request id");
  }
}
