package dev.kassa.adapters.web.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.observability.RequestIds;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Answers every failure with the error envelope; registered once for all routes. */
public final class ErrorResponder {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

  private final ObjectMapper mapper;

  public ErrorResponder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public void register(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, this::respond);
    routes.exception(Exception.class, this::respond);
  }

  public void respond(Exception failure, Context ctx) {
    var problem = Problems.from(failure);
    problem.headers().forEach(ctx::header);
    ctx.status(problem.status()).json(problem.envelope(requestId(ctx)));
  }

  /** For what escapes Javalin's exception handling ({@link Error}s): a bare 500 envelope. */
  public void respondToError(HttpServletResponse response, Error error) {
    LOG.error("Fatal error while handling a request", error);
    try {
      var envelope = Problems.internalError().envelope(MDC.get(RequestIds.MDC_REQUEST_ID));
      response.setStatus(500);
      response.setContentType("application/json");
      response
          .getOutputStream()
          .write(mapper.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8));
    } catch (IllegalStateException | IOException unwritable) {
      LOG.warn("Could not write the error response", unwritable);
    }
  }

  private static String requestId(Context ctx) {
    return String.valueOf(ctx.req().getAttribute(RequestIds.ATTRIBUTE));
  }
}
