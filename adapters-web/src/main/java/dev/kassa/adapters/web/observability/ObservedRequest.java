package dev.kassa.adapters.web.observability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An answered request as metrics see it, with bounded values only: the route template (never the
 * raw path), or {@link #UNMATCHED} when no route matched.
 *
 * @param route the matched route's template, such as {@code /v1/accounts/{id}}, or {@link
 *     #UNMATCHED}
 * @param method the HTTP method
 * @param status the response status
 * @param durationNanos how long the request took
 * @param body the request's JSON body when its handler read one, else a missing node
 * @param replayed whether an idempotent request's stored answer was replayed
 */
public record ObservedRequest(
    String route, String method, int status, long durationNanos, JsonNode body, boolean replayed) {

  /** The route of every request no route matched, whatever its path. */
  public static final String UNMATCHED = "NOT_FOUND";

  /** The request attribute holding a supplier of the request's JSON body, if it was read. */
  public static final String BODY_ATTRIBUTE = "kassa.observedBody";

  public ObservedRequest {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
  }

  /** Whether the request was answered with a 2xx status. */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
