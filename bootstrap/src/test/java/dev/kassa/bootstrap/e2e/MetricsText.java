package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** Reading a Prometheus text scrape in tests, and waiting for metrics recorded as requests end. */
final class MetricsText {

  private MetricsText() {}

  /** The value of one series, such as {@code name{label="x"}}; fails when it is absent. */
  static double value(String text, String series) {
    var line =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(text);
    assertThat(line.find()).as("series %s in%n%s", series, text).isTrue();
    return Double.parseDouble(line.group(1));
  }

  /** How much a series grew between two scrapes; one absent before counts from zero. */
  static double grown(String before, String after, String series) {
    var earlier = before.contains("\n" + series + " ") ? value(before, series) : 0;
    return value(after, series) - earlier;
  }

  /** The number of series (sample lines) in a scrape. */
  static long series(String text) {
    return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
  }

  /**
   * Runs {@code check} until it passes, for up to five seconds: a request's metrics are recorded as
   * it ends, which may be just after its client has the answer.
   */
  static void eventually(Check check) throws Exception {
    var deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(20);
      }
    }
  }

  interface Check {
    void run() throws Exception;
  }
}
