package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;

/** The jOOQ adapters on the test JVM's PostgreSQL database, as the port contracts see them. */
final class JooqPortsUnderTest {

  /** PostgreSQL keeps microseconds, so the clock ticks in them. */
  static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private JooqPortsUnderTest() {}

  static JooqPorts onSharedDatabase() {
    return JooqPorts.over(TestDatabase.dataSource(), CLOCK);
  }
}
