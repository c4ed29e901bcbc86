package dev.kassa.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.OutboxRecord;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.JSONB;

/**
 * Maps outbox rows; {@code data} goes to and from JSON with Jackson, an empty {@code tracestate} to
 * and from {@code null}.
 */
final class OutboxMapper {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private OutboxMapper() {}

  static StoredEvent toDomain(OutboxRecord row) {
    var type =
        EventType.fromCode(row.getType())
            .orElseThrow(() -> new IllegalStateException("unknown event type " + row.getType()));
    return new StoredEvent(
        new DomainEvent(
            new EventId(row.getId()), type, row.getSubject(), row.getTime(), read(row.getData())),
        row.getSequence(),
        Optional.ofNullable(row.getTraceparent())
            .map(
                traceparent ->
                    new TraceContext(
                        traceparent, Objects.requireNonNullElse(row.getTracestate(), ""))));
  }

  static OutboxRecord toRecord(StoredEvent stored) {
    return toRecord(stored.event(), stored.trace()).setSequence(stored.sequence());
  }

  /** The row of an event whose sequence the database has yet to assign. */
  static OutboxRecord toRecord(DomainEvent event, Optional<TraceContext> trace) {
    return Rows.of(Tables.OUTBOX)
        .setId(event.id().value())
        .setType(event.type().code())
        .setSubject(event.subject())
        .setTime(event.time())
        .setData(JSONB.valueOf(write(event.data())))
        .setTraceparent(trace.map(TraceContext::traceparent).orElse(null))
        .setTracestate(
            trace.map(TraceContext::tracestate).filter(state -> !state.isEmpty()).orElse(null));
  }

  private static String write(Map<String, Object> data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> read(JSONB data) {
    try {
      return JSON.readValue(data.data(), OBJECT);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
