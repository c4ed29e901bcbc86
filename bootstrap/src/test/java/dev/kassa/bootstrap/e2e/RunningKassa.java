package dev.kassa.bootstrap.e2e;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The assembled server on a fresh, unmigrated PostgreSQL database of its own (migrated by the
 * server at start), with an administrator from {@code KASSA_ADMIN_EMAIL}/{@code
 * KASSA_ADMIN_PASSWORD} and the HTTP client that talks to it. One is shared by every end-to-end
 * test of a JVM (see {@link KassaServerExtension}); tests keep apart by making fresh users.
 */
public final class RunningKassa implements AutoCloseable {

  private final String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
  private final String adminPassword = "admin-" + UUID.randomUUID();
  private final String webhookSecret = "whsec_" + UUID.randomUUID() + UUID.randomUUID();
  private final Map<String, String> environment;
  private final KassaServer server;
  private final KassaHttp http;
  private final Bank bank;
  private final Deliveries deliveries;

  private RunningKassa(Map<String, String> overrides) {
    environment = environment(overrides);
    server = KassaServer.start(KassaConfig.fromEnvironment(environment));
    http = new KassaHttp(server.port(), OpenApiContract.fromClasspath());
    bank = new Bank(http);
    deliveries = new Deliveries(server);
  }

  public static RunningKassa start() {
    return new RunningKassa(Map.of());
  }

  /** A server of its own, on a database of its own, with these variables added or replaced. */
  public static RunningKassa startWith(Map<String, String> overrides) {
    return new RunningKassa(overrides);
  }

  private Map<String, String> environment(Map<String, String> overrides) {
    var database = TestDatabase.emptyDatabase();
    var variables = new HashMap<String, String>();
    variables.put("KASSA_ENV", "test");
    variables.put("PORT", "0");
    variables.put("DATABASE_URL", database.url());
    if (database.user() != null) {
      variables.put("DATABASE_USER", database.user());
    }
    if (database.password() != null) {
      variables.put("DATABASE_PASSWORD", database.password());
    }
    variables.put("BCRYPT_COST", "10");
    variables.put("RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000");
    variables.put("RATE_LIMIT_AUTH_PER_MINUTE", "1000000");
    variables.put("KASSA_ADMIN_EMAIL", adminEmail);
    variables.put("KASSA_ADMIN_PASSWORD", adminPassword);
    variables.put("PAYMENT_WEBHOOK_SECRET", webhookSecret);
    variables.putAll(overrides);
    return Map.copyOf(variables);
  }

  /**
   * The variables this server was started with; another server started with them shares its data.
   */
  public Map<String, String> configuration() {
    return environment;
  }

  public KassaServer server() {
    return server;
  }

  public KassaHttp http() {
    return http;
  }

  /** Steps of the banking story over HTTP: register, open accounts, move money, read. */
  public Bank bank() {
    return bank;
  }

  /** Hands the outbox events to the configured subscribers, as the event dispatcher does. */
  public Deliveries deliveries() {
    return deliveries;
  }

  public String adminEmail() {
    return adminEmail;
  }

  public String adminPassword() {
    return adminPassword;
  }

  /** The secret the simulated payment provider signs its webhooks with. */
  public String webhookSecret() {
    return webhookSecret;
  }

  @Override
  public void close() {
    server.close();
  }
}
