package dev.kassa.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTest {

  @TempDir Path dir;

  private Path file(String... lines) throws IOException {
    return Files.write(dir.resolve(".env"), List.of(lines));
  }

  @Test
  void readsKeyValueLinesCommentsAndQuotes() throws IOException {
    var env =
        file(
            "# Kassa",
            "",
            "PORT=9000",
            "export KASSA_ENV=dev",
            "LOG_LEVEL = debug # trailing comment",
            "JWT_SECRET='single # quoted $literal'",
            "KASSA_ADMIN_PASSWORD=\"double \\\"quoted\\\" \\\\ value\" # comment",
            "CORS_ORIGINS=http://a#b");

    assertThat(DotEnvFile.under(Map.of(), env))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PORT", "9000",
                "KASSA_ENV", "dev",
                "LOG_LEVEL", "debug",
                "JWT_SECRET", "single # quoted $literal",
                "KASSA_ADMIN_PASSWORD", "double \"quoted\" \\ value",
                "CORS_ORIGINS", "http://a#b"));
  }

  @Test
  void theEnvironmentWinsOverTheFile() throws IOException {
    var env = file("PORT=9000", "LOG_LEVEL=debug");

    assertThat(DotEnvFile.under(Map.of("PORT", "7000"), env))
        .containsExactlyInAnyOrderEntriesOf(Map.of("PORT", "7000", "LOG_LEVEL", "debug"));
  }

  @Test
  void withoutAFileTheEnvironmentIsAsItWas() {
    var environment = Map.of("PORT", "7000");

    assertThat(DotEnvFile.under(environment, dir.resolve(".env"))).isEqualTo(environment);
  }

  @Test
  void malformedLinesAreNamedWithoutTheirValues() throws IOException {
    var env = file("PORT=9000", "JWT_SECRET='unclosed-secret", "just words", "1BAD=x", "A=\"x\" y");

    assertThatThrownBy(() -> DotEnvFile.under(Map.of(), env))
        .isInstanceOfSatisfying(
            ConfigException.class,
            wrong ->
                assertThat(wrong.problems())
                    .containsExactly(
                        env + " line 2 is not KEY=VALUE with balanced quotes",
                        env + " line 3 is not KEY=VALUE with balanced quotes",
                        env + " line 4 is not KEY=VALUE with balanced quotes",
                        env + " line 5 is not KEY=VALUE with balanced quotes"))
        .hasMessageNotContaining("unclosed-secret");
  }

  @Test
  void logFormatDefaultsToTheCallersChoiceAndTheVariableWins() {
    assertThat(KassaConfig.fromEnvironment(Map.of(), Logging.Format.TEXT).logging().format())
        .isEqualTo(Logging.Format.TEXT);
    assertThat(KassaConfig.fromEnvironment(Map.of()).logging().format())
        .isEqualTo(Logging.Format.JSON);
    assertThat(
            KassaConfig.fromEnvironment(Map.of("LOG_FORMAT", "json"), Logging.Format.TEXT)
                .logging()
                .format())
        .isEqualTo(Logging.Format.JSON);
  }
}
