package dev.kassa.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded artifact's resolved runtime classpath (this module's test classpath less JUnit and
 * AssertJ) carries the core and nothing of the server.
 */
class EmbeddedClasspathTest {

  /** One well-known class of each library that only the server may bring. */
  private static final List<String> SERVER_CLASSES =
      List.of(
          "io.javalin.Javalin",
          "org.eclipse.jetty.server.Server",
          "org.jooq.DSLContext",
          "org.flywaydb.core.Flyway",
          "org.postgresql.Driver",
          "com.zaxxer.hikari.HikariDataSource",
          "io.zonky.test.db.postgres.embedded.EmbeddedPostgres");

  private final ClassLoader loader = EmbeddedKassa.class.getClassLoader();

  @Test
  void theClasspathHoldsTheCoreWithItsInMemoryAdaptersAndNoServerLibrary() {
    assertThat(List.of("dev.kassa.adapters.memory.InMemoryPorts", "dev.kassa.application.Kassa"))
        .allMatch(this::isOnTheClasspath);
    assertThat(SERVER_CLASSES).noneMatch(this::isOnTheClasspath);
  }

  private boolean isOnTheClasspath(String className) {
    return loader.getResource(className.replace('.', '/') + ".class") != null;
  }
}
