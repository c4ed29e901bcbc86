package dev.kassa.bootstrap.e2e;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A tiny OTLP/HTTP collector: accepts {@code POST /v1/traces} (protobuf) and keeps each body. Span
 * names, attribute values and the service name travel in protobuf as plain UTF-8, so a test can
 * look for them in the bytes; {@link #spans()} decodes them.
 */
public final class OtlpReceiver implements AutoCloseable {

  /** One received span: its service, trace and span ids and its parent's, in hex, and its name. */
  public record ReceivedSpan(
      String service, String traceId, String spanId, String parentSpanId, String name) {}

  private static final HexFormat HEX = HexFormat.of();

  private final HttpServer server;
  private final List<String> bodies = new ArrayList<>();

  public OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/traces",
        exchange -> {
          try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            synchronized (bodies) {
              bodies.add(new String(body, StandardCharsets.ISO_8859_1));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
          }
        });
    server.start();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Waits up to 20 seconds for an export whose bytes contain every one of {@code texts}. */
  String awaitExportContaining(String... texts) throws InterruptedException {
    var deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      synchronized (bodies) {
        for (var body : bodies) {
          if (List.of(texts).stream().allMatch(body::contains)) {
            return body;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no OTLP export contained " + List.of(texts));
  }

  /** Every span received so far, decoded. */
  public List<ReceivedSpan> spans() {
    List<String> received;
    synchronized (bodies) {
      received = List.copyOf(bodies);
    }
    var spans = new ArrayList<ReceivedSpan>();
    for (var body : received) {
      try {
        var request =
            ExportTraceServiceRequest.parseFrom(body.getBytes(StandardCharsets.ISO_8859_1));
        for (var resource : request.getResourceSpansList()) {
          var service =
              resource.getResource().getAttributesList().stream()
                  .filter(attribute -> attribute.getKey().equals("service.name"))
                  .map(attribute -> attribute.getValue().getStringValue())
                  .findFirst()
                  .orElse("");
          for (var scope : resource.getScopeSpansList()) {
            for (var span : scope.getSpansList()) {
              spans.add(
                  new ReceivedSpan(
                      service,
                      HEX.formatHex(span.getTraceId().toByteArray()),
                      HEX.formatHex(span.getSpanId().toByteArray()),
                      HEX.formatHex(span.getParentSpanId().toByteArray()),
                      span.getName()));
            }
          }
        }
      } catch (InvalidProtocolBufferException notOtlp) {
        throw new AssertionError("the collector received something that is not OTLP", notOtlp);
      }
    }
    return spans;
  }

  /** Waits up to 20 seconds for a span of {@code service} named {@code name} in {@code traceId}. */
  public ReceivedSpan awaitSpan(String service, String name, String traceId)
      throws InterruptedException {
    var deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      var found =
          spans().stream()
              .filter(
                  span ->
                      span.service().equals(service)
                          && span.name().equals(name)
                          && span.traceId().equals(traceId))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no span " + name + " of " + service + " in trace " + traceId + " among " + spans());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
