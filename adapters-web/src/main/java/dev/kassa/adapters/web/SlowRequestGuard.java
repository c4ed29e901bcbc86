package dev.kassa.adapters.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the connection of a client whose request's head (request line and headers), or whose body,
 * takes longer than {@code limit} to arrive, so that clients trickling bytes cannot hold
 * connections open. Jetty 12 bounds only the silence between two bytes (the connector's idle
 * timeout) and, for a body read through the servlet API, a minimum rate checked as bytes arrive;
 * neither stops a request sent at 2 bytes/s. A sweep on the server's scheduler looks at every
 * HTTP/1 connection a few times per {@code limit}: one whose parser has been in the same request's
 * head or body since longer than {@code limit} is closed. Idle keep-alive connections (between
 * requests) are left to the idle timeout.
 */
final class SlowRequestGuard extends AbstractLifeCycle {

  private static final Logger LOG = LoggerFactory.getLogger(SlowRequestGuard.class);
  private static final Duration LONGEST_PERIOD = Duration.ofSeconds(1);

  private final Server server;
  private final long limitNanos;
  private final Duration period;
  private final Map<EndPoint, Arrival> arriving = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  /** Where a connection's current request stands: its number on the connection and its phase. */
  private record Arrival(long request, boolean head, long since) {}

  SlowRequestGuard(Server server, Duration limit) {
    this.server = Objects.requireNonNull(server, "server");
    if (!limit.isPositive()) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limitNanos = limit.toNanos();
    var quarter = limit.dividedBy(4);
    this.period = quarter.compareTo(LONGEST_PERIOD) < 0 ? quarter : LONGEST_PERIOD;
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected void doStop() {
    var task = next;
    if (task != null) {
      task.cancel();
    }
    arriving.clear();
  }

  private void schedule() {
    if (isStarting() || isStarted()) {
      next = server.getScheduler().schedule(this::sweep, period);
    }
  }

  private void sweep() {
    try {
      var now = System.nanoTime();
      var seen = new HashSet<EndPoint>();
      for (var connector : server.getConnectors()) {
        for (var endPoint : connector.getConnectedEndPoints()) {
          if (endPoint.getConnection() instanceof HttpConnection http) {
            check(endPoint, http, now, seen);
          }
        }
      }
      arriving.keySet().retainAll(seen);
    } catch (RuntimeException unexpected) {
      LOG.warn("checking for slow requests failed", unexpected);
    } finally {
      schedule();
    }
  }

  private void check(EndPoint endPoint, HttpConnection http, long now, Set<EndPoint> seen) {
    var parser = http.getParser();
    var head = !parser.isStart() && parser.inHeaderState();
    if (!head && !parser.inContentState()) {
      return;
    }
    seen.add(endPoint);
    var request = http.getMessagesIn();
    var arrival =
        arriving.compute(
            endPoint,
            (ignored, known) ->
                known != null && known.request() == request && known.head() == head
                    ? known
                    : new Arrival(request, head, now));
    if (now - arrival.since() > limitNanos) {
      LOG.debug(
          "closing a connection from {}: its request's {} arrived too slowly",
          endPoint.getRemoteSocketAddress(),
          head ? "head" : "body");
      arriving.remove(endPoint);
      endPoint.close(new TimeoutException("request arrived too slowly"));
    }
  }
}
