package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A server of its own whose access tokens live five seconds: the app shows how long the token has
 * left, prompts to refresh once it has expired, and the refresh button brings a fresh token. A
 * request already on its way when the token runs out may be answered {@code 401}, which the browser
 * logs as an error; the app answers it with the same prompt.
 */
class SessionExpiryBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  private static RunningKassa kassa;

  @BeforeAll
  static void start() {
    kassa = RunningKassa.startWith(Map.of("ACCESS_TOKEN_TTL", "PT5S"));
  }

  @AfterAll
  static void stop() {
    kassa.close();
  }

  @Test
  void anExpiredTokenLeadsToTheRefreshPromptAndARefreshBringsANewOne() {
    var app = new KassaApp(browser.driver(), kassa.server().port());
    browser.allowConsoleError("the server responded with a status of 401");
    app.open("account");
    var email = KassaApp.newEmail("fay");
    app.signUp("Fay", email);

    app.waitForText(By.id("session-prompt-text"), "has expired. Refresh it to go on.");
    assertThat(app.driver().findElement(By.id("token-clock")).getText()).isEqualTo("Token expired");
    app.click(By.xpath("//div[@id='session-prompt']//button[text()='Refresh now']"));

    app.expectNotice("Session of " + email + " refreshed.");
    app.assertNothingStored();
  }
}
