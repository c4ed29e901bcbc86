package dev.kassa.adapters.web.observability;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code kassa.access} logger: method, route template (never the raw
 * path, which holds ids), status and duration as structured fields; the request id and user id come
 * from the logging context. Bodies and headers are never logged.
 */
public final class AccessLog implements RequestLogger {

  /** The request attribute holding the template of the matched route. */
  public static final String ROUTE_ATTRIBUTE = "kassa.route";

  private static final String UNMATCHED = "unmatched";
  private static final Logger LOG = LoggerFactory.getLogger("kassa.access");

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    Object route = ctx.attribute(ROUTE_ATTRIBUTE);
    var template = route == null ? UNMATCHED : route.toString();
    var method = ctx.method().name();
    var status = ctx.statusCode();
    var duration = executionTimeMs == null ? 0 : Math.round(executionTimeMs);
    LOG.atInfo()
        .addKeyValue("method", method)
        .addKeyValue("route", template)
        .addKeyValue("status", status)
        .addKeyValue("durationMs", duration)
        .log("{} {} {} {}ms", method, template, status, duration);
  }
}
