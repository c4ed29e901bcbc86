package dev.kassa.application.testdata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants for tests, cut to whole microseconds: the precision PostgreSQL keeps, so that what a
 * test stores compares equal to what it reads back from any adapter.
 */
public final class TestTime {

  private TestTime() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
