package dev.kassa.bootstrap.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Kassa reads from its environment, checked as a whole: {@link #fromEnvironment(Map)}
 * either returns a complete configuration or throws one {@link ConfigException} listing every bad
 * or missing variable. The variables, their defaults and their rules are listed in {@code
 * .env.example}. No secret appears in {@link #toString()}.
 */
public record KassaConfig(
    Environment environment,
    Http http,
    Database database,
    Security security,
    Optional<AdminAccount> admin,
    Payments payments,
    Integrations integrations,
    Events events,
    Kafka kafka,
    Logging logging,
    Telemetry telemetry,
    WebhookConfig webhooks,
    Images images) {

  public KassaConfig {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(integrations, "integrations");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(telemetry, "telemetry");
    Objects.requireNonNull(webhooks, "webhooks");
    Objects.requireNonNull(images, "images");
  }

  /**
   * Reads the configuration from environment variables ({@code System.getenv()} in production, a
   * plain map in tests). Blank values count as unset.
   *
   * @throws ConfigException naming every variable that is missing or wrong
   */
  public static KassaConfig fromEnvironment(Map<String, String> variables) {
    return fromEnvironment(variables, Logging.Format.JSON);
  }

  /**
   * Reads the configuration as {@link #fromEnvironment(Map)} does, with {@code defaultLogFormat}
   * when {@code LOG_FORMAT} is unset.
   *
   * @throws ConfigException naming every variable that is missing or wrong
   */
  public static KassaConfig fromEnvironment(
      Map<String, String> variables, Logging.Format defaultLogFormat) {
    var reader = new Variables(variables);
    var environment = reader.choice("KASSA_ENV", Environment.class, Environment.DEV);
    var http = Http.read(reader);
    var database = Database.read(reader);
    var security = Security.read(reader, environment);
    var admin = AdminAccount.read(reader);
    var payments = Payments.read(reader, environment);
    var integrations = Integrations.read(reader);
    var events = Events.read(reader);
    var kafka = Kafka.read(reader, events.maxAttempts());
    var logging = Logging.read(reader, defaultLogFormat);
    var telemetry = Telemetry.read(reader, environment);
    var webhooks = WebhookConfig.read(reader, environment, events.maxAttempts());
    var images = Images.read(reader);
    reader.throwIfAny();
    return new KassaConfig(
        environment,
        http,
        database,
        security,
        admin,
        payments,
        integrations,
        events,
        kafka,
        logging,
        telemetry,
        webhooks,
        images);
  }
}
