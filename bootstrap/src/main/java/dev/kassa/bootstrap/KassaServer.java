package dev.kassa.bootstrap;

import dev.kassa.adapters.images.ThumbnailatorImageCodec;
import dev.kassa.adapters.kafka.KafkaWorker;
import dev.kassa.adapters.persistence.ConnectionPools;
import dev.kassa.adapters.persistence.DatabaseSettings;
import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.LocatedDatabase;
import dev.kassa.adapters.persistence.Migrations;
import dev.kassa.adapters.persistence.PoolTimeouts;
import dev.kassa.adapters.persistence.PostgresLocator;
import dev.kassa.adapters.security.BcryptPasswordHasher;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.KassaControllers;
import dev.kassa.adapters.web.WebSettings;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.operations.HealthCheck;
import dev.kassa.adapters.web.ratelimit.RateLimitPolicy;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.PasswordResetSettings;
import dev.kassa.application.events.EventConsumers;
import dev.kassa.application.images.ProductImageUseCases;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.bootstrap.config.Database;
import dev.kassa.bootstrap.config.KassaConfig;
import dev.kassa.bootstrap.observability.Observability;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled server: PostgreSQL (found as the configuration says, then migrated), the jOOQ
 * storage, the security adapters, the product cache and rate limits (on Redis when configured, see
 * {@link SharedState}), every use case, housekeeping, the event delivery workers (with Kafka, the
 * relay and consumer groups when {@code KAFKA_CONSUMERS_IN_SERVER} is on) and the HTTP API. Closing
 * it stops taking requests, lets those in flight finish, drains the deliveries in flight, then
 * closes Redis and the database.
 */
public final class KassaServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KassaServer.class);

  private final Observability observability;
  private final LocatedDatabase database;
  private final SharedState shared;
  private final Kassa kassa;
  private final Webhooks webhooks;
  private final Subscribers subscribers;
  private final Maintenance maintenance;
  private final HttpApi api;
  private final EventWorkers eventWorkers;
  private final Optional<KafkaWorker> kafka;

  private KassaServer(KassaConfig config) {
    var clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    observability = Observability.start(config.telemetry());
    try {
      database = locate(config);
    } catch (RuntimeException failed) {
      closeQuietly(observability, failed);
      throw failed;
    }
    shared = SharedState.from(config.integrations());
    try {
      observability.watchPool(database.dataSource());
      Migrations.migrate(database.target());
      var storage =
          JooqPorts.over(
              database.dataSource(),
              clock,
              observability.unitsOfWork(),
              config.database().ledgerBatching() == Database.Batching.ON);
      webhooks = OutgoingWebhooks.assemble(storage, config.webhooks(), clock);
      subscribers =
          Subscribers.from(config.integrations(), storage, shared.productCache(), webhooks, clock);
      var onKafka = !config.integrations().kafkaBootstrapServers().isEmpty();
      var listeners = List.of(observability.deliveries(), subscribers.deadDeliveryAlerts());
      kassa =
          Kassa.assemble(
              storage,
              security(config),
              clock,
              authSettings(config),
              shared.productCache(),
              payments(config, clock),
              config.events().settings(),
              new PasswordResetSettings(
                  config.http().publicBaseUrl(), PasswordResetSettings.DEFAULT_TOKEN_TTL),
              subscribers.passwordResetMailer(),
              onKafka
                  ? EventConsumers.onBroker(
                      subscribers.all(),
                      listeners,
                      new EventConsumers.Broker(
                          storage.brokerDeliveries(), storage.unpublishedEvents()),
                      observability.events())
                  : new EventConsumers(subscribers.all(), listeners, observability.events()));
      observability.watchOutbox(kassa.events().checkEventDelivery());
      config.admin().ifPresent(this::ensureAdmin);
      maintenance = new Maintenance(kassa, clock);
      var web = webSettings(config);
      api =
          HttpApi.create(
                  web,
                  Authenticator.using(kassa.authenticate()),
                  kassa.idempotency(),
                  KassaControllers.all(
                      kassa,
                      webhooks,
                      ProductImageUseCases.assemble(
                          storage,
                          shared.productCache(),
                          new ThumbnailatorImageCodec(),
                          config.images().settings(),
                          clock),
                      web,
                      Map.of("database", ping(database.dataSource()))),
                  shared.buckets(),
                  observability.requests())
              .start();
      var events = config.events();
      eventWorkers = new EventWorkers(kassa.events(), events.workers(), events.shutdownDeadline());
      kafka =
          onKafka && config.kafka().consumersInServer()
              ? Optional.of(
                  KassaWorker.startKafka(
                      config, storage, subscribers.all(), observability.events()))
              : Optional.empty();
    } catch (RuntimeException failed) {
      closeQuietly(shared, failed);
      closeQuietly(database, failed);
      closeQuietly(observability, failed);
      throw failed;
    }
    LOG.info("Kassa listening on port {} ({} database)", api.port(), database.origin());
  }

  /** Starts Kassa as {@code config} says; the caller closes it. */
  public static KassaServer start(KassaConfig config) {
    return new KassaServer(config);
  }

  public int port() {
    return api.port();
  }

  /** The bound management port serving {@code /metrics}, empty when it is off. */
  public OptionalInt managementPort() {
    return observability.managementPort();
  }

  public Kassa kassa() {
    return kassa;
  }

  public Webhooks webhooks() {
    return webhooks;
  }

  /** The consumers of the domain events, as the configuration turns them on. */
  public Subscribers subscribers() {
    return subscribers;
  }

  public HttpApi api() {
    return api;
  }

  static LocatedDatabase locate(KassaConfig config) {
    var db = config.database();
    var settings =
        new DatabaseSettings(
            db.jdbcUrl().orElse(null),
            db.user().orElse(null),
            db.password().map(secret -> secret.value()).orElse(null),
            ConnectionPools.DEFAULT_MAXIMUM_SIZE,
            new PoolTimeouts(db.connectTimeout(), db.statementTimeout()));
    return PostgresLocator.locate(settings, db.dataDir());
  }

  private static Cryptography security(KassaConfig config) {
    var settings = config.security();
    warnIfGenerated(settings.jwtSecret().generated(), "JWT_SECRET", "access tokens");
    warnIfGenerated(
        settings.cardFingerprintSecret().generated(),
        "CARD_FINGERPRINT_SECRET",
        "card fingerprints");
    return new Cryptography(
        new BcryptPasswordHasher(settings.bcryptCost()),
        new JwtAccessTokens(settings.jwtSecret().bytes(), settings.accessTokenTtl()),
        new HmacCardFingerprints(settings.cardFingerprintSecret().bytes()));
  }

  private static void warnIfGenerated(boolean generated, String variable, String what) {
    if (generated) {
      LOG.warn(
          "{} is not set: a random key was made, so {} do not survive a restart", variable, what);
    }
  }

  private static PaymentSettings payments(KassaConfig config, Clock clock) {
    var payments = config.payments();
    warnIfGenerated(
        payments.webhookSecret().generated() && payments.stripe().isEmpty(),
        "PAYMENT_WEBHOOK_SECRET",
        "simulated provider webhook signatures");
    LOG.info("payment provider: {}", payments.provider().name().toLowerCase(Locale.ROOT));
    return PaymentProviders.from(payments, clock);
  }

  private static AuthSettings authSettings(KassaConfig config) {
    return new AuthSettings(config.security().refreshTokenTtl());
  }

  private void ensureAdmin(dev.kassa.bootstrap.config.AdminAccount admin) {
    var result =
        kassa
            .ensureAdmin()
            .execute(new EnsureAdmin.Command(admin.email().value(), admin.password().value()));
    LOG.info("admin from KASSA_ADMIN_EMAIL: {}", result.change());
  }

  private static WebSettings webSettings(KassaConfig config) {
    var http = config.http();
    return WebSettings.defaults()
        .withPort(http.port())
        .withCorsOrigins(http.corsOrigins())
        .withReadTimeout(http.readTimeout())
        .withRateLimits(
            RateLimitPolicy.of(
                http.rateLimits().requestsPerMinute(), http.rateLimits().authPerMinute()));
  }

  private static HealthCheck ping(DataSource dataSource) {
    return () -> {
      try (var connection = dataSource.getConnection()) {
        return connection.isValid(2);
      }
    };
  }

  @Override
  public void close() {
    LOG.info("Kassa stopping");
    api.stop();
    maintenance.close();
    eventWorkers.close();
    kafka.ifPresent(KafkaWorker::close);
    closeQuietly(shared, null);
    closeQuietly(database, null);
    closeQuietly(observability, null);
    LOG.info("Kassa stopped");
  }

  static void closeQuietly(AutoCloseable resource, Throwable primary) {
    try {
      resource.close();
    } catch (Exception e) {
      if (primary != null) {
        primary.addSuppressed(e);
      } else {
        LOG.warn("closing {} failed", resource, e);
      }
    }
  }
}
