package dev.kassa.adapters.web.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Wraps every request: settles its request id, echoes it in {@code X-Request-Id}, and puts it (and
 * the trace id, when the request is traced) in the logging context for as long as the request runs,
 * clearing that context afterwards whatever happens. The {@link RequestObserver} sees the request
 * begin and end.
 */
public final class RequestIdFilter implements Filter {

  public static final String MDC_TRACE_ID = "traceId";
  private static final String TRACEPARENT = "traceparent";
  private static final String REPLAYED = "Idempotent-Replayed";

  private final RequestObserver observer;

  public RequestIdFilter(RequestObserver observer) {
    this.observer = observer;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    var reply = (HttpServletResponse) response;
    var requestId = RequestIds.acceptOrGenerate(http.getHeader(RequestIds.HEADER));
    http.setAttribute(RequestIds.ATTRIBUTE, requestId);
    reply.setHeader(RequestIds.HEADER, requestId);
    MDC.clear();
    MDC.put(RequestIds.MDC_REQUEST_ID, requestId);
    var started = System.nanoTime();
    var inFlight = observer.begin(http.getMethod(), http.getHeader(TRACEPARENT));
    inFlight.traceId().ifPresent(traceId -> MDC.put(MDC_TRACE_ID, traceId));
    try {
      chain.doFilter(request, response);
    } finally {
      try {
        inFlight.end(observed(http, reply, System.nanoTime() - started));
      } finally {
        MDC.clear();
      }
    }
  }

  private static ObservedRequest observed(
      HttpServletRequest http, HttpServletResponse reply, long durationNanos) {
    var route = http.getAttribute(AccessLog.ROUTE_ATTRIBUTE);
    return new ObservedRequest(
        route == null ? ObservedRequest.UNMATCHED : route.toString(),
        http.getMethod(),
        reply.getStatus(),
        durationNanos,
        body(http),
        "true".equals(reply.getHeader(REPLAYED)));
  }

  private static JsonNode body(HttpServletRequest http) {
    return http.getAttribute(ObservedRequest.BODY_ATTRIBUTE) instanceof Supplier<?> supplier
            && supplier.get() instanceof JsonNode node
        ? node
        : MissingNode.getInstance();
  }
}
