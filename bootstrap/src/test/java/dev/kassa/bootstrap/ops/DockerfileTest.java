package dev.kassa.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.operations.OpenApiDocument;
import dev.kassa.bootstrap.config.Http;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dockerfile and .dockerignore, checked without Docker: a JDK build stage and a JRE run stage
 * that holds only the jar, as a non-root user, exposing the configured ports and checking a route
 * Kassa serves.
 */
class DockerfileTest {

  /** MANAGEMENT_PORT's default, from the HTTP contract (API.md); its code arrives with metrics. */
  private static final int MANAGEMENT_PORT_DEFAULT = 9090;

  private final List<String> instructions =
      Arrays.stream(RepositoryFiles.read("Dockerfile").replace("\\\n", " ").split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();

  @Test
  void buildsWithTheWrapperOnAJdkAndRunsOnAJreHoldingOnlyTheJar() {
    assertThat(instructions.stream().filter(line -> line.startsWith("FROM ")))
        .containsExactly("FROM eclipse-temurin:25-jdk AS build", "FROM eclipse-temurin:25-jre");
    assertThat(instructions)
        .anyMatch(line -> line.contains("./mvnw ") && line.contains(" package "));
    assertThat(runStage().stream().filter(line -> line.startsWith("COPY ")))
        .containsExactly("COPY --from=build --chown=kassa:kassa /kassa.jar /opt/kassa/kassa.jar");
    assertThat(runStage())
        .contains(
            "ENTRYPOINT [\"java\", \"-Xmx512m\", \"-XX:+UseZGC\", \"-jar\","
                + " \"/opt/kassa/kassa.jar\"]");
  }

  @Test
  void runsAsANonRootUser() {
    var users = runStage().stream().filter(line -> line.startsWith("USER ")).toList();

    assertThat(users).isNotEmpty();
    assertThat(users.getLast()).isNotIn("USER root", "USER 0").isEqualTo("USER kassa");
    assertThat(runStage()).anyMatch(line -> line.contains("useradd --system --uid 10001"));
  }

  @Test
  void exposesTheDefaultPortsAndChecksTheLivenessRoute() {
    assertThat(runStage())
        .contains("ENV PORT=" + Http.DEFAULT_PORT)
        .contains("EXPOSE " + Http.DEFAULT_PORT + " " + MANAGEMENT_PORT_DEFAULT)
        .anyMatch(
            line ->
                line.startsWith("HEALTHCHECK ")
                    && line.endsWith(
                        "CMD curl -fsS \"http://127.0.0.1:${PORT}/v1/health/live\" || exit 1"));
    assertThat(OpenApiDocument.fromClasspath().json()).contains("\"/v1/health/live\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".git/config",
        ".env",
        ".env.prod",
        "data/PG_VERSION",
        "bootstrap/src/test/java/dev/kassa/bootstrap/MaintenanceTest.java",
        "embedded/src/it/embedding-example/pom.xml",
        "bootstrap/target/kassa.jar",
        "domain/target-mine/classes/Money.class",
        "bench/src/main/java/dev/kassa/bench/Bench.java",
        "ops/keys/server.pem",
        "adapters-security/src/main/resources/server.pem",
        "bootstrap/.env",
        "compose.yaml",
      })
  void theBuildContextLeavesOut(String path) {
    assertThat(dockerIgnore().excludes(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pom.xml",
        "mvnw",
        ".mvn/wrapper/maven-wrapper.properties",
        "bench/pom.xml",
        "domain/src/main/java/dev/kassa/domain/shared/Money.java",
        "adapters-persistence/src/main/resources/db/migration/V1__users_accounts_ledger.sql",
        "bootstrap/src/main/resources/logback.xml",
      })
  void theBuildContextKeepsWhatTheBuildNeeds(String path) {
    assertThat(dockerIgnore().excludes(path)).isFalse();
    assertThat(RepositoryFiles.exists(path)).isTrue();
  }

  private List<String> runStage() {
    var lastFrom = 0;
    for (var i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith("FROM ")) {
        lastFrom = i;
      }
    }
    return instructions.subList(lastFrom, instructions.size());
  }

  private static DockerIgnore dockerIgnore() {
    return new DockerIgnore(RepositoryFiles.read(".dockerignore"));
  }
}
