package dev.kassa.bootstrap.observability;

import dev.kassa.adapters.persistence.UnitOfWorkObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Each PostgreSQL unit of work (retries included) as a client span, the child of the request's
 * span, and as a sample of the {@code kassa.db.transactions} timer tagged by outcome.
 */
final class UnitsOfWork implements UnitOfWorkObserver {

  private final Tracing tracing;
  private final Timer committed;
  private final Timer failed;

  UnitsOfWork(Tracing tracing, MeterRegistry registry) {
    this.tracing = tracing;
    this.committed = timer(registry, "committed");
    this.failed = timer(registry, "failed");
  }

  private static Timer timer(MeterRegistry registry, String outcome) {
    return Timer.builder("kassa.db.transactions")
        .description("PostgreSQL units of work, from begin to commit or rollback")
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry);
  }

  // The scope only has to be closed: the try body never names it.
  @SuppressWarnings("try")
  @Override
  public <T> T observe(Supplier<T> unitOfWork) {
    var span =
        tracing
            .tracer()
            .spanBuilder("db unit of work")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.system.name", "postgresql")
            .startSpan();
    var started = System.nanoTime();
    try (var ignored = span.makeCurrent()) {
      var result = unitOfWork.get();
      committed.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      return result;
    } catch (RuntimeException failure) {
      failed.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
      throw failure;
    } finally {
      span.end();
    }
  }
}
