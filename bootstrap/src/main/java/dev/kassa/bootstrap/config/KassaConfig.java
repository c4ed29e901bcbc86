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
    Logging logging,
    WebhookConfig webhooks) {

  public KassaConfig {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(integrations, "integrations");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(webhooks, "webhooks");
  }

  /**
   * Reads the configuration from environment variables ({@code System.getenv()} in production, a
   * plain map in tests). Blank values count as unset.
   *
   * @throws ConfigException naming every variable that is missing or wrong
   */
  public static KassaConfig fromEnvironment(Map<String, String> variables) {
    var reader = new Variables(variables);
    var environment = reader.choice("KASSA_ENV", Environment.class, Environment.DEV);
    var http = Http.read(reader);
    var database = Database.read(reader);
    var security = Security.read(reader, environment);
    var admin = AdminAccount.read(reader);
    var payments = Payments.read(reader, environment);
    var integrations = Integrations.read(reader);
    var events = Events.read(reader);
    var logging = Logging.read(reader);
    var webhooks = WebhookConfig.read(reader, environment);
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
        logging,
        webhooks);
  }
}
