package dev.kassa.application.events;

import dev.kassa.domain.event.StoredEvent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudEvents 1.0 JSON form of an event, as plain Java values (strings, longs, maps, lists), so
 * that every adapter writing events out (the admin API, Kafka, webhooks) renders them alike with
 * its own JSON library: {@code specversion, id, source, type, subject, time, datacontenttype,
 * sequence, data}.
 */
public record CloudEvents(URI source) {

  public static final String DEFAULT_SOURCE = "/kassa";

  public CloudEvents {
    Objects.requireNonNull(source, "source");
    if (source.toString().isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }

  public Map<String, Object> render(StoredEvent stored) {
    var event = stored.event();
    var json = new LinkedHashMap<String, Object>();
    json.put("specversion", "1.0");
    json.put("id", event.id().toString());
    json.put("source", source.toString());
    json.put("type", event.type().code());
    json.put("subject", event.subject());
    json.put("time", event.time().toString());
    json.put("datacontenttype", "application/json");
    json.put("sequence", stored.sequence());
    json.put("data", event.data());
    return json;
  }
}
