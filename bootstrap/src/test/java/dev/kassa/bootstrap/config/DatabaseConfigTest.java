package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseConfigTest {

  @Test
  void jdbcUrlIsUsedAsGivenWithItsUserAndPassword() {
    var database =
        parse(
                Map.of(
                    "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/kassa",
                    "DATABASE_USER", "postgres",
                    "DATABASE_PASSWORD", "secret"))
            .database();

    assertThat(database.isExternal()).isTrue();
    assertThat(database.jdbcUrl()).contains("jdbc:postgresql://127.0.0.1:5432/kassa");
    assertThat(database.user()).contains("postgres");
    assertThat(database.password()).contains(Secret.of("secret"));
  }

  @Test
  void postgresUrlBecomesAJdbcUrlWithCredentialsTakenOut() {
    var database =
        parse(
                Map.of(
                    "DATABASE_URL",
                    "postgres://kassa:p%40ss:w0rd@db.example.com:6543/shop?sslmode=require"))
            .database();

    assertThat(database.jdbcUrl())
        .contains("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
    assertThat(database.user()).contains("kassa");
    assertThat(database.password()).contains(Secret.of("p@ss:w0rd"));
  }

  @Test
  void postgresqlSchemeWithoutCredentialsOrPortIsAccepted() {
    var database = parse(Map.of("DATABASE_URL", "postgresql://localhost/kassa")).database();

    assertThat(database.jdbcUrl()).contains("jdbc:postgresql://localhost/kassa");
    assertThat(database.user()).isEmpty();
    assertThat(database.password()).isEmpty();
  }

  @Test
  void explicitUserAndPasswordWinOverTheUrl() {
    var database =
        parse(
                Map.of(
                    "DATABASE_URL", "postgres://url-user:url-pass@db:5432/kassa",
                    "DATABASE_USER", "env-user",
                    "DATABASE_PASSWORD", "env-pass"))
            .database();

    assertThat(database.user()).contains("env-user");
    assertThat(database.password()).contains(Secret.of("env-pass"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mysql://root:hunter2@db/kassa",
        "postgres://root:hunter2@/kassa",
        "postgres://root:hunter2@db",
        "jdbc:h2:mem:kassa;PASSWORD=hunter2"
      })
  void otherUrlsAreRejectedWithoutEchoingThem(String url) {
    assertThatThrownBy(() -> parse(Map.of("DATABASE_URL", url)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DATABASE_URL must be jdbc:postgresql://")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void credentialsWithoutAUrlAreAMistake() {
    assertThatThrownBy(() -> parse(Map.of("DATABASE_PASSWORD", "hunter2")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DATABASE_PASSWORD is set but DATABASE_URL is not")
        .hasMessageNotContaining("DATABASE_USER")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void toStringHidesPasswordsIncludingOnesInTheJdbcUrl() {
    var database =
        parse(
                Map.of(
                    "DATABASE_URL", "jdbc:postgresql://db/kassa?user=k&password=hunter2&ssl=true",
                    "DATABASE_PASSWORD", "swordfish"))
            .database();

    assertThat(database.toString())
        .doesNotContain("hunter2", "swordfish")
        .contains("jdbc:postgresql://db/kassa?user=k&password=***&ssl=true");
  }

  @Test
  void embeddedDatabaseSaysSoInToString() {
    assertThat(parse(Map.of()).database().toString())
        .isEqualTo("Database[embedded, dataDir=./data]");
  }

  @Test
  void timeoutsFitAnApiByDefault() {
    var database = parse(Map.of()).database();

    assertThat(database.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(database.statementTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void timeoutsAreConfigurable() {
    var database =
        parse(
                Map.of(
                    "DATABASE_CONNECT_TIMEOUT", "PT0.5S",
                    "DATABASE_STATEMENT_TIMEOUT", "PT30S"))
            .database();

    assertThat(database.connectTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(database.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void timeoutsThatCannotWorkAreAllReported() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "DATABASE_CONNECT_TIMEOUT", "PT0.1S",
                        "DATABASE_STATEMENT_TIMEOUT", "five seconds")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DATABASE_CONNECT_TIMEOUT must be at least PT0.25S")
        .hasMessageContaining("DATABASE_STATEMENT_TIMEOUT must be a positive ISO-8601 duration");
  }

  @Test
  void ledgerBatchingIsOnByDefaultAndCanBeTurnedOff() {
    assertThat(parse(Map.of()).database().ledgerBatching()).isEqualTo(Database.Batching.ON);
    assertThat(parse(Map.of("LEDGER_BATCHING", "off")).database().ledgerBatching())
        .isEqualTo(Database.Batching.OFF);
  }

  @Test
  void ledgerBatchingRefusesAnythingButOnOrOff() {
    assertThatThrownBy(() -> parse(Map.of("LEDGER_BATCHING", "sometimes")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LEDGER_BATCHING must be one of on, off");
  }
}
