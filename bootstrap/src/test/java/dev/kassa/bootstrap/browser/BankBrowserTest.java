package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;

/** The bank in the browser, against the assembled server on PostgreSQL. */
@ExtendWith(KassaServerExtension.class)
class BankBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void twoPeopleInOneTabTransferAndBothBalancesAndStatementsShowIt(RunningKassa kassa) {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("bank");
    var ada = KassaApp.newEmail("ada");
    var bob = KassaApp.newEmail("bob");

    app.signUp("Ada", ada);
    var adaAccount = app.openAccount("Ada everyday");
    app.deposit(adaAccount, "100.00");
    app.signUp("Bob", bob);
    var bobAccount = app.openAccount("Bob savings");
    app.switchTo(ada);
    app.waitForBalance(adaAccount, "EUR 100.00");
    var transfer = app.form("Transfer");
    app.choose(transfer, "fromAccountId", adaAccount);
    app.type(transfer, "toAccountId", bobAccount);
    app.type(transfer, "amount", "25.50");
    app.type(transfer, "description", "Lunch");
    app.submit(transfer);
    app.expectNotice("Transferred EUR 25.50");

    app.waitForBalance(adaAccount, "EUR 74.50");
    app.documentScreenshot(browser, "bank");
    showStatement(app, adaAccount);
    app.waitForText(By.id("total-debits"), "EUR 25.50");
    app.waitForText(By.id("closing-balance"), "EUR 74.50");
    app.switchTo(bob);
    app.go("bank");
    app.waitForBalance(bobAccount, "EUR 25.50");
    showStatement(app, bobAccount);
    app.waitForText(By.id("total-credits"), "EUR 25.50");
    app.waitForText(By.id("closing-balance"), "EUR 25.50");
    assertThat(app.driver().findElement(By.id("statement")).getText()).contains("Lunch");
    app.assertNothingStored();
  }

  @Test
  void aDoubleClickedTransferMovesMoneyOnce(RunningKassa kassa) {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("bank");
    var email = KassaApp.newEmail("cy");
    app.signUp("Cy", email);
    var from = app.openAccount("Cy main");
    var to = app.openAccount("Cy spare");
    app.deposit(from, "50.00");

    var transfer = app.form("Transfer");
    app.choose(transfer, "fromAccountId", from);
    app.type(transfer, "toAccountId", to);
    app.type(transfer, "amount", "10.00");
    new Actions(app.driver())
        .doubleClick(transfer.findElement(By.cssSelector("button[type=submit]")))
        .perform();
    app.expectNotice("Transferred EUR 10.00");

    app.waitForBalance(to, "EUR 10.00");
    assertThat(app.balance(from)).isEqualTo("EUR 40.00");
    var caller = kassa.bank().logIn(email, KassaApp.PASSWORD);
    var transfers = kassa.http().get("/v1/transfers").as(caller).send().expect(200);
    assertThat(transfers.get("total").asLong()).isEqualTo(1);
    app.assertNothingStored();
  }

  @Test
  void cardsAreIssuedWithTheirNumberShownOnceAndThePageFitsAPhone(RunningKassa kassa) {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    app.open("bank");
    app.signUp("Dee", KassaApp.newEmail("dee"));
    app.openAccount("Dee cards");
    app.go("bank/cards");
    app.submit(app.form("Issue a card"));

    var number = app.waitFor(By.id("card-number")).getText().replace(" ", "");
    assertThat(number).matches("[0-9]{16}");
    app.waitForText(By.id("cards"), "•••• " + number.substring(12));
    app.click(By.xpath("//button[text()='I have noted it']"));
    app.go("bank/transactions");
    app.waitFor(By.cssSelector("form[aria-label='Filter transactions']"));
    app.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      app.go("bank");
      app.waitFor(By.cssSelector("form[aria-label='Transfer']"));
      assertThat(app.script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .isEqualTo(true);
    } finally {
      app.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  private static void showStatement(KassaApp app, String accountId) {
    app.go("bank/statement");
    var form = app.form("Statement period");
    app.choose(form, "accountId", accountId);
    app.submit(form);
    app.waitFor(By.id("statement-totals"));
  }
}
