package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With tracing off (the shared server exports nothing), a caller's W3C {@code traceparent} still
 * puts its trace id on every log line of the request, and a request without one (or with a
 * malformed one) has none; the request id stays as it was.
 */
@ExtendWith(KassaServerExtension.class)
class TraceparentLoggingE2ETest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Test
  void aRequestCarryingTraceparentIsLoggedWithItsTraceId(RunningKassa kassa) throws Exception {
    var lines = linesOf(kassa, "00-" + TRACE_ID + "-00f067aa0ba902b7-01");

    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(
            line -> assertThat(line.getMDCPropertyMap()).containsEntry("traceId", TRACE_ID));
  }

  @Test
  void aRequestWithoutAValidTraceparentHasNoTraceId(RunningKassa kassa) throws Exception {
    for (var traceparent : new String[] {null, "00-not-a-trace-01"}) {
      assertThat(linesOf(kassa, traceparent))
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).doesNotContainKey("traceId"));
    }
  }

  private static List<ILoggingEvent> linesOf(RunningKassa kassa, String traceparent)
      throws InterruptedException {
    var requestId = "trace-" + UUID.randomUUID();
    try (var log = new CapturedLog()) {
      var request = kassa.http().get("/v1/health/live").header("X-Request-Id", requestId);
      if (traceparent != null) {
        request.header("traceparent", traceparent);
      }
      assertThat(request.send().header("X-Request-Id")).contains(requestId);
      log.awaitRequest(requestId);
      return log.events().stream()
          .filter(event -> requestId.equals(event.getMDCPropertyMap().get("requestId")))
          .toList();
    }
  }
}
