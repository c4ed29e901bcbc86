package dev.kassa.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceContextTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aW3CTraceparentNamesItsTrace() {
    var trace = new TraceContext(TRACEPARENT, "vendor=value");

    assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(trace.tracestate()).isEqualTo("vendor=value");
  }

  @Test
  void anythingButAW3CTraceparentIsRefused() {
    for (var wrong :
        new String[] {
          "",
          "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
          "00-abc-def-01",
          TRACEPARENT + "\n"
        }) {
      assertThatThrownBy(() -> new TraceContext(wrong, ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aTracestateLongerThanTheW3CLimitIsRefused() {
    assertThatThrownBy(() -> new TraceContext(TRACEPARENT, "k=" + "v".repeat(511)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TraceContext(TRACEPARENT, "k=" + "v".repeat(510)).tracestate()).hasSize(512);
  }

  @Test
  void aStoredEventWithoutATraceHasNone() {
    var event = DomainEvent.of(EventType.ACCOUNT_OPENED, "subject", Instant.EPOCH, Map.of("a", 1L));

    assertThat(new StoredEvent(event, 1).trace()).isEmpty();
    assertThat(new StoredEvent(event, 1, Optional.of(new TraceContext(TRACEPARENT, ""))).trace())
        .isPresent();
  }
}
