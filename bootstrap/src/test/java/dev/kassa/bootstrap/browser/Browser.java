package dev.kassa.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium per test class (Debian's {@code chromium} through its {@code chromedriver},
 * with the flags that work as root on these machines). After every test it reads the browser's
 * console: an error or a Content-Security-Policy violation fails the test. A failed test leaves a
 * screenshot under {@code target/browser-screenshots/}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final List<String> allowed = new ArrayList<>();
  private ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    for (var program : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(program))) {
        throw new IllegalStateException(
            program + " is missing: apt-get install -y chromium chromium-driver");
      }
    }
    profile = Files.createTempDirectory("kassa-chromium-");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(Browser::delete);
      }
    }
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    var name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    var problems = consoleProblems();
    allowed.clear();
    if (context.getExecutionException().isPresent()) {
      screenshot(SCREENSHOTS.resolve(fileName(name)));
      return;
    }
    if (!problems.isEmpty()) {
      screenshot(SCREENSHOTS.resolve(fileName(name)));
      throw new AssertionError(
          "The browser console reported problems:\n" + String.join("\n", problems));
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Lets the running test's console show errors containing {@code fragment}: the browser logs every
   * 4xx answer, also the ones a test provokes on purpose.
   */
  void allowConsoleError(String fragment) {
    allowed.add(fragment);
  }

  /** Console errors and CSP violations logged since the last call, but the allowed ones. */
  List<String> consoleProblems() {
    var problems = new ArrayList<String>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      var message = entry.getMessage();
      var violation = message.contains("Content Security Policy");
      var error = entry.getLevel().intValue() >= Level.SEVERE.intValue();
      if (violation || (error && allowed.stream().noneMatch(message::contains))) {
        problems.add(entry.getLevel() + " " + message);
      }
    }
    return problems;
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static String fileName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-") + ".png";
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Chromium may still be writing its profile; the temporary folder goes with the machine.
    }
  }
}
