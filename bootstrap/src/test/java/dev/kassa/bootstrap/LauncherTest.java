package dev.kassa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

  private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

  @TempDir Path dir;

  @Test
  void anOldJavaSaysInOneLineWhichJavaKassaNeeds() throws Exception {
    assumeTrue(Files.isExecutable(JAVA_17), "no Java 17 at " + JAVA_17);
    var classes =
        Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    var run = run(List.of(JAVA_17.toString(), "-cp", classes.toString(), Launcher.class.getName()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().getFirst())
        .startsWith("Kassa needs Java 21 or newer; this is Java 17 at /usr/lib/jvm/")
        .endsWith(": set JAVA_HOME or use bin/start");
  }

  @Test
  void aCurrentJavaRunsTheServer() throws Exception {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));

    var run = run(command, "KASSA_ENV=nonsense");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.lines())
        .contains("Kassa cannot start; fix these environment variables:")
        .anyMatch(line -> line.contains("KASSA_ENV must be one of dev, test, prod"));
  }

  @Test
  void specificationVersionsOfEveryEraAreRead() {
    assertThat(Launcher.feature("1.8")).isEqualTo(8);
    assertThat(Launcher.feature("17")).isEqualTo(17);
    assertThat(Launcher.feature("25")).isEqualTo(25);
    assertThat(Launcher.feature("strange")).isZero();
  }

  private record Run(int exitCode, List<String> lines) {}

  private Run run(List<String> command, String... environment)
      throws IOException, InterruptedException {
    var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    for (var variable : environment) {
      var parts = variable.split("=", 2);
      builder.environment().put(parts[0], parts[1]);
    }
    var output = dir.resolve("output.txt");
    var process = builder.redirectOutput(output.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited in time").isTrue();
    return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
  }
}
