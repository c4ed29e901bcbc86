package dev.kassa.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.bootstrap.config.Logging.Format;
import dev.kassa.bootstrap.config.Logging.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KassaConfigTest {

  static final String KEY_A = "a-key-of-exactly-thirty-two-byte";
  static final String KEY_B = "b-key-that-is-long-enough-1234567";
  static final String KEY_C = "c-key-that-is-long-enough-7654321";
  static final String KEY_D = "d-key-that-is-long-enough-2468013";

  static KassaConfig parse(Map<String, String> variables) {
    return KassaConfig.fromEnvironment(variables);
  }

  static Map<String, String> prod() {
    var variables = new HashMap<String, String>();
    variables.put("KASSA_ENV", "prod");
    variables.put("JWT_SECRET", KEY_A);
    variables.put("CARD_FINGERPRINT_SECRET", KEY_B);
    variables.put("PAYMENT_WEBHOOK_SECRET", KEY_C);
    variables.put("SECRETS_KEY", KEY_D);
    return variables;
  }

  @Test
  void emptyEnvironmentGivesTheDocumentedDefaults() {
    var config = parse(Map.of());

    assertThat(config.environment()).isEqualTo(Environment.DEV);
    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.http().corsOrigins()).isEmpty();
    assertThat(config.http().rateLimits()).isEqualTo(new RateLimits(600, 10));
    assertThat(config.events().stockLowThreshold()).isEqualTo(5);
    assertThat(config.http().readTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.database().isExternal()).isFalse();
    assertThat(config.database().dataDir()).isEqualTo(Path.of("./data"));
    assertThat(config.security().accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.security().refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(config.security().bcryptCost()).isEqualTo(12);
    assertThat(config.admin()).isEmpty();
    assertThat(config.payments().provider()).isEqualTo(Payments.Provider.SIMULATED);
    assertThat(config.payments().stripe()).isEmpty();
    assertThat(config.integrations().mail()).isEmpty();
    assertThat(config.integrations().slackWebhookUrl()).isEmpty();
    assertThat(config.integrations().kafkaBootstrapServers()).isEmpty();
    assertThat(config.integrations().redisUrl()).isEmpty();
    assertThat(config.logging()).isEqualTo(new Logging(Level.INFO, Format.JSON));
  }

  @Test
  void readsTheStockLowThresholdAndRefusesANegativeOne() {
    assertThat(parse(Map.of("STOCK_LOW_THRESHOLD", "12")).events().stockLowThreshold())
        .isEqualTo(12);
    assertThatThrownBy(() -> parse(Map.of("STOCK_LOW_THRESHOLD", "-1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("STOCK_LOW_THRESHOLD");
  }

  @Test
  void readsTheImageSizeLimitWithFiveMebibytesByDefaultAndRefusesOneOutOfRange() {
    assertThat(parse(Map.of()).images().settings().maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(parse(Map.of("IMAGE_MAX_BYTES", "2048")).images().settings().maxBytes())
        .isEqualTo(2048);
    assertThatThrownBy(() -> parse(Map.of("IMAGE_MAX_BYTES", "1000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("IMAGE_MAX_BYTES");
    assertThatThrownBy(() -> parse(Map.of("IMAGE_MAX_BYTES", "lots")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("IMAGE_MAX_BYTES");
  }

  @Test
  void unsetSecretsAreGeneratedFreshAtEachStartOutsideProd() {
    var first = parse(Map.of("KASSA_ENV", "test"));
    var second = parse(Map.of("KASSA_ENV", "test"));

    for (var config : new KassaConfig[] {first, second}) {
      assertThat(config.security().jwtSecret().generated()).isTrue();
      assertThat(config.security().jwtSecret().byteLength()).isGreaterThanOrEqualTo(32);
      assertThat(config.security().cardFingerprintSecret().generated()).isTrue();
      assertThat(config.payments().webhookSecret().generated()).isTrue();
    }
    assertThat(first.security().jwtSecret()).isNotEqualTo(second.security().jwtSecret());
    assertThat(first.security().cardFingerprintSecret())
        .isNotEqualTo(second.security().cardFingerprintSecret());
  }

  @Test
  void readsEveryPlainSetting() {
    var config =
        parse(
            Map.of(
                "PORT", "9090",
                "KASSA_ENV", "TEST",
                "ACCESS_TOKEN_TTL", "PT5M",
                "REFRESH_TOKEN_TTL", "P7D",
                "BCRYPT_COST", "10",
                "KASSA_DATA_DIR", "/var/lib/kassa",
                "RATE_LIMIT_REQUESTS_PER_MINUTE", "1200",
                "RATE_LIMIT_AUTH_PER_MINUTE", "5",
                "LOG_LEVEL", "DEBUG",
                "LOG_FORMAT", "text"));

    assertThat(config.http().port()).isEqualTo(9090);
    assertThat(config.environment()).isEqualTo(Environment.TEST);
    assertThat(config.security().accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.security().refreshTokenTtl()).isEqualTo(Duration.ofDays(7));
    assertThat(config.security().bcryptCost()).isEqualTo(10);
    assertThat(config.database().dataDir()).isEqualTo(Path.of("/var/lib/kassa"));
    assertThat(config.http().rateLimits()).isEqualTo(new RateLimits(1200, 5));
    assertThat(config.logging()).isEqualTo(new Logging(Level.DEBUG, Format.TEXT));
  }

  @Test
  void blankValuesCountAsUnset() {
    var config = parse(Map.of("PORT", "  ", "JWT_SECRET", "", "LOG_FORMAT", " "));

    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.security().jwtSecret().generated()).isTrue();
    assertThat(config.logging().format()).isEqualTo(Format.JSON);
  }

  @Test
  void portZeroAsksForAnyFreePort() {
    assertThat(parse(Map.of("PORT", "0")).http().port()).isZero();
  }

  @Test
  void everyProblemIsReportedAtOnceNamingItsVariable() {
    var variables =
        Map.of(
            "PORT", "http",
            "KASSA_ENV", "staging",
            "BCRYPT_COST", "8",
            "LOG_FORMAT", "xml",
            "RATE_LIMIT_AUTH_PER_MINUTE", "0");

    assertThatThrownBy(() -> parse(variables))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(5)
                    .anySatisfy(p -> assertThat(p).startsWith("PORT ").contains("'http'"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("KASSA_ENV ").contains("dev, test, prod"))
                    .anySatisfy(p -> assertThat(p).startsWith("BCRYPT_COST ").contains("10 to 31"))
                    .anySatisfy(p -> assertThat(p).startsWith("LOG_FORMAT ").contains("json, text"))
                    .anySatisfy(p -> assertThat(p).startsWith("RATE_LIMIT_AUTH_PER_MINUTE ")))
        .hasMessageContaining("5 problems")
        .hasMessageContaining("BCRYPT_COST");
  }

  @Test
  void portMustBeInRange() {
    assertThatThrownBy(() -> parse(Map.of("PORT", "70000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PORT must be a whole number from 0 to 65535, was '70000'");
  }

  @Test
  void readTimeoutIsAPositiveDuration() {
    assertThat(parse(Map.of("HTTP_READ_TIMEOUT", "PT3S")).http().readTimeout())
        .isEqualTo(Duration.ofSeconds(3));
    assertThatThrownBy(() -> parse(Map.of("HTTP_READ_TIMEOUT", "PT0S")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("HTTP_READ_TIMEOUT must be a positive ISO-8601 duration");
  }

  @Test
  void publicBaseUrlDefaultsToLocalhostAndMustBeAnHttpUrl() {
    assertThat(parse(Map.of()).http().publicBaseUrl()).hasToString("http://localhost:8080");
    assertThat(parse(Map.of("PUBLIC_BASE_URL", "https://kassa.example.com")).http().publicBaseUrl())
        .hasToString("https://kassa.example.com");
    assertThatThrownBy(() -> parse(Map.of("PUBLIC_BASE_URL", "ftp://kassa.example.com")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PUBLIC_BASE_URL must be a URL with a host");
  }

  @Test
  void unknownLogLevelIsRejected() {
    assertThatThrownBy(() -> parse(Map.of("LOG_LEVEL", "verbose")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LOG_LEVEL must be one of trace, debug, info, warn, error");
  }

  @Test
  void prodStartsWhenItsSecretsAreSet() {
    var config = parse(prod());

    assertThat(config.environment()).isEqualTo(Environment.PROD);
    assertThat(config.security().jwtSecret()).isEqualTo(Secret.of(KEY_A));
    assertThat(config.security().cardFingerprintSecret()).isEqualTo(Secret.of(KEY_B));
    assertThat(config.payments().webhookSecret()).isEqualTo(Secret.of(KEY_C));
    assertThat(config.webhooks().secretsKey()).isEqualTo(Secret.of(KEY_D));
  }

  @Test
  void prodRefusesToStartWithoutItsSecrets() {
    assertThatThrownBy(() -> parse(Map.of("KASSA_ENV", "prod")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "JWT_SECRET is required when KASSA_ENV=prod",
                        "CARD_FINGERPRINT_SECRET is required when KASSA_ENV=prod",
                        "PAYMENT_WEBHOOK_SECRET is required when KASSA_ENV=prod and"
                            + " PAYMENT_PROVIDER=simulated",
                        "SECRETS_KEY is required when KASSA_ENV=prod"));
  }

  @Test
  void toStringShowsNoSecret() {
    var variables = prod();
    variables.put("DATABASE_URL", "postgres://kassa:db-pass-123@db.internal:5432/kassa");
    variables.put("KASSA_ADMIN_EMAIL", "admin@example.com");
    variables.put("KASSA_ADMIN_PASSWORD", "admin-pass-456");
    variables.put("SMTP_URL", "smtp://mailer:smtp-pass-789@mail.example.com:587");
    variables.put("MAIL_FROM", "kassa@example.com");
    variables.put("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/slack-token");
    variables.put("REDIS_URL", "redis://:redis-pass@cache:6379");

    var text = parse(variables).toString();

    assertThat(text)
        .doesNotContain(KEY_A, KEY_B, KEY_C, KEY_D)
        .doesNotContain("db-pass-123", "admin-pass-456", "smtp-pass-789")
        .doesNotContain("slack-token", "redis-pass")
        .contains("db.internal", "admin@example.com", "mail.example.com");
  }
}
