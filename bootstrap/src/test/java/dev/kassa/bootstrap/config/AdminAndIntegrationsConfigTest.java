package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAndIntegrationsConfigTest {

  @Test
  void adminIsReadWhenBothVariablesAreSet() {
    var admin =
        parse(
                Map.of(
                    "KASSA_ADMIN_EMAIL",
                    "Admin@Example.com",
                    "KASSA_ADMIN_PASSWORD",
                    "s3cret-pass"))
            .admin()
            .orElseThrow();

    assertThat(admin.email().value()).isEqualTo("admin@example.com");
    assertThat(admin.password().value()).isEqualTo("s3cret-pass");
  }

  @Test
  void adminNeedsBothVariables() {
    assertThatThrownBy(() -> parse(Map.of("KASSA_ADMIN_EMAIL", "admin@example.com")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("KASSA_ADMIN_PASSWORD must be set together with KASSA_ADMIN_EMAIL");
    assertThatThrownBy(() -> parse(Map.of("KASSA_ADMIN_PASSWORD", "s3cret-pass")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("KASSA_ADMIN_EMAIL must be set together with KASSA_ADMIN_PASSWORD")
        .hasMessageNotContaining("s3cret-pass");
  }

  @Test
  void adminEmailAndPasswordFollowTheModelsRules() {
    assertThatThrownBy(
            () ->
                parse(Map.of("KASSA_ADMIN_EMAIL", "not-an-email", "KASSA_ADMIN_PASSWORD", "short")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "KASSA_ADMIN_EMAIL is not a valid email address",
                        "KASSA_ADMIN_PASSWORD must be 8 to 128 characters"));
  }

  @Test
  void smtpUrlIsSplitIntoItsParts() {
    var mail =
        parse(
                Map.of(
                    "SMTP_URL", "smtps://mailer%40example.com:p%3Ass@mail.example.com",
                    "MAIL_FROM", "Kassa <kassa@example.com>"))
            .integrations()
            .mail()
            .orElseThrow();

    assertThat(mail.host()).isEqualTo("mail.example.com");
    assertThat(mail.port()).isEqualTo(465);
    assertThat(mail.implicitTls()).isTrue();
    assertThat(mail.username()).contains("mailer@example.com");
    assertThat(mail.password()).contains(Secret.of("p:ss"));
    assertThat(mail.from()).isEqualTo("Kassa <kassa@example.com>");
  }

  @Test
  void plainSmtpWithoutCredentialsUsesPort25() {
    var mail =
        parse(Map.of("SMTP_URL", "smtp://localhost", "MAIL_FROM", "kassa@example.com"))
            .integrations()
            .mail()
            .orElseThrow();

    assertThat(mail.port()).isEqualTo(25);
    assertThat(mail.implicitTls()).isFalse();
    assertThat(mail.username()).isEmpty();
    assertThat(mail.password()).isEmpty();
  }

  @Test
  void mailNeedsBothUrlAndSender() {
    assertThatThrownBy(() -> parse(Map.of("SMTP_URL", "smtp://localhost:2525")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MAIL_FROM is required when SMTP_URL is set");
    assertThatThrownBy(() -> parse(Map.of("MAIL_FROM", "kassa@example.com")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MAIL_FROM is set but SMTP_URL is not");
  }

  @Test
  void badMailSettingsAreNamedButSmtpCredentialsAreNotEchoed() {
    assertThatThrownBy(
            () -> parse(Map.of("SMTP_URL", "http://u:hunter2@mail", "MAIL_FROM", "nobody")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "SMTP_URL must be a URL with a host starting with smtp:// or smtps://")
        .hasMessageContaining("MAIL_FROM must be an address")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void slackKafkaAndRedisAreRead() {
    var integrations =
        parse(
                Map.of(
                    "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/x",
                    "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092, kafka-2:9092,,[::1]:9093",
                    "REDIS_URL", "rediss://:pw@cache.example.com:6380/0"))
            .integrations();

    assertThat(integrations.slackWebhookUrl())
        .contains(Secret.of("https://hooks.slack.com/services/T0/B0/x"));
    assertThat(integrations.kafkaBootstrapServers())
        .containsExactly("kafka-1:9092", "kafka-2:9092", "[::1]:9093");
    assertThat(integrations.redisUrl())
        .contains(Secret.of("rediss://:pw@cache.example.com:6380/0"));
  }

  @Test
  void badIntegrationSettingsAreNamed() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "SLACK_WEBHOOK_URL", "hooks.slack.com/x",
                        "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2",
                        "REDIS_URL", "localhost:6379")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "SLACK_WEBHOOK_URL must be a URL with a host starting with http:// or"
                            + " https://",
                        "KAFKA_BOOTSTRAP_SERVERS entries must be host:port, was 'kafka-2'",
                        "REDIS_URL must be a URL with a host starting with redis:// or rediss://"));
  }

  @Test
  void theRedisPathCanOnlyBeADatabaseIndex() {
    assertThat(parse(Map.of("REDIS_URL", "redis://cache:6379")).integrations().redisUrl())
        .isPresent();
    assertThatThrownBy(() -> parse(Map.of("REDIS_URL", "redis://cache:6379/sessions")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly("REDIS_URL may end in /<database index> and nothing else"));
  }

  @Test
  void corsOriginsAreNormalisedAndChecked() {
    var origins =
        parse(Map.of("CORS_ORIGINS", "https://Shop.Example.com/, http://localhost:5173"))
            .http()
            .corsOrigins();

    assertThat(origins).containsExactly("https://shop.example.com", "http://localhost:5173");
    assertThatThrownBy(() -> parse(Map.of("CORS_ORIGINS", "https://ok.example.com,*,https://x/y")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .allSatisfy(
                        p -> assertThat(p).startsWith("CORS_ORIGINS entries must be origins")));
  }
}
