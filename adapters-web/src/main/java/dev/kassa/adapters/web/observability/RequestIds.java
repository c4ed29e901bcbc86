package dev.kassa.adapters.web.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/** Names of the request's correlation data, and the rule for accepting a caller's request id. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "kassa.requestId";
  public static final String MDC_REQUEST_ID = "requestId";
  public static final String MDC_USER_ID = "userId";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private RequestIds() {}

  /** The caller's id when it is 1 to 128 characters of {@code [A-Za-z0-9._-]}, else a new UUID. */
  public static String acceptOrGenerate(String offered) {
    return offered != null && SANE.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }
}
