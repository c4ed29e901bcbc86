package dev.kassa.adapters.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.application.events.CloudEvents;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored event as a CloudEvents 1.0 JSON object in structured mode: {@code specversion, id,
 * source, type, subject, time, datacontenttype, sequence, data}, plus the distributed-tracing
 * extension's {@code traceparent} and {@code tracestate} when the event has a trace, and back.
 */
final class CloudEventJson {

  static final String CONTENT_TYPE = "application/cloudevents+json";
  static final String SOURCE = "/kassa";
  static final String TRACEPARENT = "traceparent";
  static final String TRACESTATE = "tracestate";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CloudEvents FORM = new CloudEvents(URI.create(SOURCE));
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private CloudEventJson() {}

  static byte[] write(StoredEvent stored) {
    var json = FORM.render(stored);
    stored
        .trace()
        .ifPresent(
            trace -> {
              json.put(TRACEPARENT, trace.traceparent());
              if (!trace.tracestate().isEmpty()) {
                json.put(TRACESTATE, trace.tracestate());
              }
            });
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event " + stored.event().id() + " is not JSON", e);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code bytes} is not a Kassa event
   */
  static StoredEvent read(byte[] bytes) {
    try {
      var json = JSON.readValue(bytes, OBJECT);
      var type = (String) json.get("type");
      var event =
          new DomainEvent(
              EventId.of((String) json.get("id")),
              EventType.fromCode(type)
                  .orElseThrow(() -> new IllegalArgumentException("unknown type " + type)),
              (String) json.get("subject"),
              Instant.parse((String) json.get("time")),
              data(json.get("data")));
      return new StoredEvent(event, ((Number) json.get("sequence")).longValue(), trace(json));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a Kassa CloudEvent", e);
    }
  }

  /** The event's trace; a malformed one is dropped, as it would be in a header. */
  private static Optional<TraceContext> trace(Map<String, Object> json) {
    if (!(json.get(TRACEPARENT) instanceof String traceparent)) {
      return Optional.empty();
    }
    var tracestate = json.get(TRACESTATE) instanceof String state ? state : "";
    try {
      return Optional.of(new TraceContext(traceparent, tracestate));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Object data) {
    return (Map<String, Object>) data;
  }
}
