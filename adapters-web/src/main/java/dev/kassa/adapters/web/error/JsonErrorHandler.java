package dev.kassa.adapters.web.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.observability.RequestIds;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error envelope for what Jetty refuses before any route runs (a malformed request line,
 * headers too large...), instead of its HTML page. The status is the one the contract gives the
 * code, so headers too large (431) are answered {@code 400 validation_failed}.
 */
public final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper mapper;

  public JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws java.io.IOException {
    var requestId = RequestIds.acceptOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    var problem = Problems.forStatus(code);
    var envelope = ErrorEnvelope.of(problem.code(), problem.message(), Map.of(), requestId);
    response.setStatus(problem.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(envelope)), callback);
  }
}
