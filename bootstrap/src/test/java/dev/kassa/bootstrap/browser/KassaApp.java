package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web app as a person uses it: forms found by their labels, pages by their address. */
final class KassaApp {

  static final String PASSWORD = "correct-horse-battery";

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;

  KassaApp(ChromeDriver driver, int port) {
    this.driver = driver;
    this.base = "http://localhost:" + port;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  ChromeDriver driver() {
    return driver;
  }

  String base() {
    return base;
  }

  /** Loads the app afresh: nobody is signed in. */
  void open(String hash) {
    driver.get(base + "/#/" + hash);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-bar")));
  }

  void go(String hash) {
    driver.get(base + "/#/" + hash);
  }

  static String newEmail(String name) {
    return name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.com";
  }

  /** Signs a new person up from the log-in page and waits until they are signed in. */
  void signUp(String firstName, String email) {
    go("login");
    var form = form("Sign up");
    type(form, "firstName", firstName);
    type(form, "lastName", "Tester");
    type(form, "email", email);
    type(form, "password", PASSWORD);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitSignedIn(email);
  }

  void logIn(String email, String password) {
    go("login");
    var form = form("Log in");
    type(form, "email", email);
    type(form, "password", password);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitSignedIn(email);
  }

  private void waitSignedIn(String email) {
    wait.until(
        d ->
            new Select(d.findElement(By.id("session-switcher")))
                .getFirstSelectedOption()
                .getText()
                .contains(email));
  }

  /** Makes another signed-in person the current one. */
  void switchTo(String email) {
    var switcher = new Select(driver.findElement(By.id("session-switcher")));
    for (var option : switcher.getOptions()) {
      if (option.getText().contains(email)) {
        switcher.selectByValue(option.getDomAttribute("value"));
        waitSignedIn(email);
        return;
      }
    }
    throw new AssertionError(email + " is not signed in in this tab");
  }

  WebElement form(String label) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("form[aria-label='" + label + "']")));
  }

  void type(WebElement form, String name, String text) {
    var field = form.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
  }

  void choose(WebElement form, String name, String value) {
    new Select(form.findElement(By.name(name))).selectByValue(value);
  }

  void submit(WebElement form) {
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Waits for a confirmation containing {@code text}; fails at once on an error message. */
  void expectNotice(String text) {
    wait.until(
        d -> {
          var errors = d.findElements(By.cssSelector(".message.error"));
          if (!errors.isEmpty()) {
            throw new AssertionError("The app showed an error: " + errors.getFirst().getText());
          }
          return d.findElements(By.cssSelector(".message")).stream()
              .anyMatch(m -> m.getText().contains(text));
        });
  }

  void waitForText(By where, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
  }

  WebElement waitFor(By where) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(where));
  }

  /** Waits until no list or form is still loading or sending. */
  void waitForNotBusy() {
    wait.until(d -> d.findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
  }

  void click(By where) {
    wait.until(ExpectedConditions.elementToBeClickable(where)).click();
  }

  /** The balance shown for an account in the accounts table. */
  String balance(String accountId) {
    return waitFor(By.cssSelector(".balance[data-account='" + accountId + "']")).getText();
  }

  void waitForBalance(String accountId, String shown) {
    waitForText(By.cssSelector(".balance[data-account='" + accountId + "']"), shown);
  }

  /** Opens an EUR account named {@code name} on the accounts page; returns its id. */
  String openAccount(String name) {
    go("bank");
    var before = driver.findElements(By.cssSelector(".balance[data-account]")).size();
    var form = form("Open an account");
    choose(form, "currency", "EUR");
    type(form, "name", name);
    submit(form);
    expectNotice("Account opened.");
    wait.until(d -> d.findElements(By.cssSelector(".balance[data-account]")).size() > before);
    return driver
        .findElements(
            By.xpath("//tr[td[1]/span[contains(., '" + name + "')]]//span[@data-account]"))
        .getFirst()
        .getDomAttribute("data-account");
  }

  void deposit(String accountId, String amount) {
    var form = form("Deposit");
    choose(form, "accountId", accountId);
    type(form, "amount", amount);
    submit(form);
    expectNotice("Deposit: EUR " + amount + " done");
  }

  /** Answers OK to the page's {@code window.confirm}. */
  void acceptConfirmation() {
    wait.until(ExpectedConditions.alertIsPresent()).accept();
  }

  /** Waits until {@code javascript} returns true. */
  void waitUntil(String javascript) {
    wait.until(d -> Boolean.TRUE.equals(script(javascript)));
  }

  Object script(String javascript) {
    return ((JavascriptExecutor) driver).executeScript(javascript);
  }

  /** Nothing of the session is kept in web storage or script-set cookies. */
  void assertNothingStored() {
    assertThat(script("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
    assertThat(script("return document.cookie")).isEqualTo("");
  }

  /** Saves what the browser shows to {@code docs/screenshots/} of the repository. */
  void documentScreenshot(Browser browser, String name) {
    var root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("docs"))) {
      root = root.getParent();
    }
    assertThat(root).as("the repository's docs folder").isNotNull();
    waitForNotBusy();
    script("window.scrollTo(0, 0)");
    browser.screenshot(root.resolve("docs").resolve("screenshots").resolve(name + ".png"));
  }
}
