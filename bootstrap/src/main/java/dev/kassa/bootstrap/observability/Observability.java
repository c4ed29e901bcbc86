package dev.kassa.bootstrap.observability;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.kassa.adapters.persistence.UnitOfWorkObserver;
import dev.kassa.adapters.web.observability.RequestObserver;
import dev.kassa.application.events.CheckEventDelivery;
import dev.kassa.application.events.DeliveryListener;
import dev.kassa.application.events.EventTracing;
import dev.kassa.bootstrap.config.Telemetry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.java21.instrument.binder.jdk.VirtualThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Metrics and traces of one Kassa process, server or worker: a Prometheus registry of its own (JVM
 * memory, GC, threads, virtual threads, CPU, the connection pool, HTTP requests, units of work,
 * event deliveries and business counters), served on the management port when one is configured,
 * and the tracer of {@link Tracing}, whose traces go on through the outbox ({@link EventSpans}).
 * Closing it stops the management port and flushes the spans.
 */
public final class Observability implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final EventDeliveryMetrics deliveryMetrics = new EventDeliveryMetrics(registry);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final VirtualThreadMetrics virtualThreads = new VirtualThreadMetrics();
  private final Tracing tracing;
  private final Optional<ManagementServer> management;

  private Observability(Telemetry config) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc.bindTo(registry);
    virtualThreads.bindTo(registry);
    tracing = Tracing.from(config);
    try {
      var port = config.managementPort();
      management =
          port.isPresent()
              ? Optional.of(
                  ManagementServer.start(config.managementHost(), port.getAsInt(), registry))
              : Optional.empty();
    } catch (RuntimeException failed) {
      close();
      throw failed;
    }
  }

  public static Observability start(Telemetry config) {
    return new Observability(config);
  }

  public RequestObserver requests() {
    return new ObservedRequests(tracing, registry);
  }

  public UnitOfWorkObserver unitsOfWork() {
    return new UnitsOfWork(tracing, registry);
  }

  /**
   * Stores the current trace with each appended event and continues it in each of its deliveries.
   */
  public EventTracing events() {
    return new EventSpans(tracing, registry);
  }

  /** Counts the event deliveries' outcomes by subscriber. */
  public DeliveryListener deliveries() {
    return deliveryMetrics;
  }

  /** Publishes the outbox lag as {@code check} measures it, when the metrics are scraped. */
  public void watchOutbox(CheckEventDelivery check) {
    deliveryMetrics.watchLag(check);
  }

  /** Publishes a HikariCP pool's metrics ({@code hikaricp_connections_*}). */
  public void watchPool(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool) {
      pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
  }

  /** The bound management port, empty when it is off. */
  public OptionalInt managementPort() {
    return management.map(server -> OptionalInt.of(server.port())).orElse(OptionalInt.empty());
  }

  @Override
  public void close() {
    if (management != null) {
      management.ifPresent(ManagementServer::close);
    }
    if (tracing != null) {
      tracing.close();
    }
    virtualThreads.close();
    gc.close();
    registry.close();
  }
}
