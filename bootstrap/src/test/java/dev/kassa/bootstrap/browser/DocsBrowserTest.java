package dev.kassa.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.time.Duration;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /docs} renders the served OpenAPI document in the browser, with every path of the document
 * on the page, without a console error or a Content-Security-Policy violation.
 */
@ExtendWith(KassaServerExtension.class)
class DocsBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void theApiReferenceListsEveryPathOfTheServedDocument(RunningKassa kassa) {
    var documented = new TreeSet<String>();
    kassa
        .http()
        .get("/v1/openapi.json")
        .send()
        .expect(200)
        .get("paths")
        .fieldNames()
        .forEachRemaining(documented::add);
    var driver = browser.driver();

    driver.get("http://127.0.0.1:" + kassa.server().port() + "/docs");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(page -> !page.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());

    var shown = new TreeSet<String>();
    driver
        .findElements(By.cssSelector(".opblock-summary-path"))
        .forEach(path -> shown.add(path.getText().replace("\u200b", "").strip()));
    assertThat(shown).isEqualTo(documented);
    assertThat(driver.getTitle()).isEqualTo("Kassa API reference");
  }
}
