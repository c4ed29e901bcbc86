package dev.kassa.adapters.web.operations;

import dev.kassa.application.events.CheckEventDelivery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code events} check of {@code GET /v1/health}: {@code degraded} (not failing: the API still
 * serves) while the oldest pending delivery (with Kafka, the oldest event not yet published) is
 * older than the threshold, {@code failing} when the delivery state cannot be read, with the lag
 * and the counts per status (with Kafka, and of the unpublished events) as details.
 */
public final class EventsHealth {

  static final String CHECK = "events";
  static final String DEGRADED = "degraded";

  /** No events check: the process delivers no events. */
  public static final EventsHealth NONE = new EventsHealth(null);

  private static final Logger LOG = LoggerFactory.getLogger(EventsHealth.class);

  record Report(String status, Map<String, Object> details) {}

  private final CheckEventDelivery check;

  public EventsHealth(CheckEventDelivery check) {
    this.check = check;
  }

  Optional<Report> report() {
    if (check == null) {
      return Optional.empty();
    }
    try {
      var health = check.execute();
      var details = new LinkedHashMap<String, Object>();
      details.put("lagSeconds", health.lag().toSeconds());
      details.put("lagThresholdSeconds", health.threshold().toSeconds());
      details.put("pending", health.counts().pending());
      details.put("delivered", health.counts().delivered());
      details.put("dead", health.counts().dead());
      health.unpublished().ifPresent(count -> details.put("unpublished", count));
      if (health.lagging()) {
        details.put(
            "reason",
            (health.unpublished().isPresent()
                    ? "the oldest unpublished event waits "
                    : "the oldest pending delivery waits ")
                + health.lag().toSeconds()
                + " s, past "
                + health.threshold().toSeconds()
                + " s");
        return Optional.of(new Report(DEGRADED, details));
      }
      return Optional.of(new Report("ok", details));
    } catch (RuntimeException failed) {
      LOG.warn("Health check events failed", failed);
      return Optional.of(new Report("failing", Map.of()));
    }
  }
}
