package dev.kassa.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.event.TraceContext;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aTraceGoesIntoTheW3CHeadersAndComesBack() {
    var headers = new RecordHeaders();
    var copy = new RecordHeaders();

    TraceHeaders.write(new TraceContext(TRACEPARENT, "kassa=1"), headers);
    TraceHeaders.copy(headers, copy);

    assertThat(TraceHeaders.read(copy)).contains(new TraceContext(TRACEPARENT, "kassa=1"));
  }

  @Test
  void anEmptyTracestateIsNoHeader() {
    var headers = new RecordHeaders();

    TraceHeaders.write(new TraceContext(TRACEPARENT, ""), headers);

    assertThat(headers.lastHeader("tracestate")).isNull();
    assertThat(TraceHeaders.read(headers)).contains(new TraceContext(TRACEPARENT, ""));
  }

  @Test
  void aMissingEmptyOrMalformedTraceparentIsNoTrace() {
    var malformed = new RecordHeaders();
    malformed.add("traceparent", "00-not-a-trace".getBytes(StandardCharsets.UTF_8));
    var empty = new RecordHeaders();
    empty.add("traceparent", null);
    var copy = new RecordHeaders();

    TraceHeaders.copy(malformed, copy);

    assertThat(TraceHeaders.read(new RecordHeaders())).isEmpty();
    assertThat(TraceHeaders.read(malformed)).isEmpty();
    assertThat(TraceHeaders.read(empty)).isEmpty();
    assertThat(copy.toArray()).isEmpty();
  }

  @Test
  void aCloudEventsTraceAttributeThatIsMalformedIsDroppedNotTheEvent() {
    var json =
        "{\"specversion\":\"1.0\",\"id\":\"0b9c3e4e-8d5c-4f39-9d0c-1f7a2b3c4d5e\","
            + "\"source\":\"/kassa\",\"type\":\"order.paid\",\"subject\":\"o-1\","
            + "\"time\":\"2025-03-10T09:00:00Z\",\"sequence\":1,\"data\":{},"
            + "\"traceparent\":\"00-bad\"}";

    var event = CloudEventJson.read(json.getBytes(StandardCharsets.UTF_8));

    assertThat(event.subject()).isEqualTo("o-1");
    assertThat(event.trace()).isEmpty();
  }
}
