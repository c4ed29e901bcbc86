package dev.kassa.adapters.web.observability;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Wraps every request: settles its request id, echoes it in {@code X-Request-Id}, and puts it in
 * the logging context for as long as the request runs, clearing that context afterwards whatever
 * happens.
 */
public final class RequestIdFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    var requestId = RequestIds.acceptOrGenerate(http.getHeader(RequestIds.HEADER));
    http.setAttribute(RequestIds.ATTRIBUTE, requestId);
    ((HttpServletResponse) response).setHeader(RequestIds.HEADER, requestId);
    MDC.clear();
    MDC.put(RequestIds.MDC_REQUEST_ID, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.clear();
    }
  }
}
