package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void postgresUrlBecomesAJdbcUrlWithItsCredentials() {
    var settings =
        DatabaseSettings.fromEnvironment(
            Map.of(
                "DATABASE_URL",
                "postgres://kassa:s%40cret+1@db.example:6543/bank?sslmode=require"));

    assertThat(settings.target())
        .isEqualTo(
            new JdbcTarget(
                "jdbc:postgresql://db.example:6543/bank?sslmode=require", "kassa", "s@cret+1"));
  }

  @Test
  void explicitUserAndPasswordWinAndThePortDefaults() {
    var settings =
        DatabaseSettings.fromEnvironment(
            Map.of(
                "DATABASE_URL", "postgresql://ignored:ignored@db/kassa",
                "DATABASE_USER", "app",
                "DATABASE_PASSWORD", "pw",
                "DATABASE_POOL_SIZE", "4"));

    assertThat(settings.target())
        .isEqualTo(new JdbcTarget("jdbc:postgresql://db:5432/kassa", "app", "pw"));
    assertThat(settings.maximumPoolSize()).isEqualTo(4);
  }

  @Test
  void jdbcUrlIsUsedAsItIs() {
    var settings =
        DatabaseSettings.fromEnvironment(
            Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1/kassa", "DATABASE_USER", "me"));

    assertThat(settings.target())
        .isEqualTo(new JdbcTarget("jdbc:postgresql://127.0.0.1/kassa", "me", null));
  }

  @Test
  void blankUrlMeansNotConfigured() {
    assertThat(DatabaseSettings.fromEnvironment(Map.of("DATABASE_URL", " ")).isConfigured())
        .isFalse();
    assertThat(DatabaseSettings.none().isConfigured()).isFalse();
  }

  @Test
  void otherSchemesAreRefused() {
    var settings = DatabaseSettings.fromEnvironment(Map.of("DATABASE_URL", "mysql://db/kassa"));

    assertThatThrownBy(settings::target).hasMessageContaining("DATABASE_URL");
  }

  @Test
  void passwordsStayOutOfToString() {
    var settings =
        DatabaseSettings.fromEnvironment(
            Map.of(
                "DATABASE_URL", "postgres://kassa:topsecret@db/kassa", "DATABASE_PASSWORD", "pw"));

    assertThat(settings.toString()).doesNotContain("topsecret").doesNotContain("pw");
  }

  @Test
  void targetSwitchesDatabaseKeepingServerAndParameters() {
    var target = new JdbcTarget("jdbc:postgresql://h:1/postgres?ssl=true", "u", "p");

    assertThat(target.withDatabase("other").url())
        .isEqualTo("jdbc:postgresql://h:1/other?ssl=true");
    assertThat(new JdbcTarget("jdbc:postgresql://h", "u", null).withDatabase("x").url())
        .isEqualTo("jdbc:postgresql://h/x");
    assertThat(target.safeUrl()).isEqualTo("jdbc:postgresql://h:1/postgres");
  }
}
