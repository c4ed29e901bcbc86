package dev.kassa.adapters.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.auth.BearerTokens;
import dev.kassa.adapters.web.auth.Principal;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.ErrorCode;
import dev.kassa.adapters.web.observability.AccessLog;
import dev.kassa.adapters.web.observability.ObservedRequest;
import dev.kassa.adapters.web.observability.RequestIds;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.adapters.web.ratelimit.RateLimiter;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * What runs around every route handler, in this order: note the route for the access log, refuse a
 * declared body over the limit (on methods that take one), authenticate (a failure also counts
 * against the client's IP), apply the rate limits (per user when known, else per IP; and per IP and
 * email on the strict auth routes), check the role, then call the handler.
 */
public final class RouteGuard {

  private final Authenticator authenticator;
  private final RateLimiter limiter;
  private final ClientAddress clientAddress;
  private final CallTools tools;

  public RouteGuard(
      Authenticator authenticator,
      RateLimiter limiter,
      ClientAddress clientAddress,
      CallTools tools) {
    this.authenticator = authenticator;
    this.limiter = limiter;
    this.clientAddress = clientAddress;
    this.tools = tools;
  }

  public Handler wrap(RouteDefinition route) {
    return ctx -> {
      ctx.attribute(AccessLog.ROUTE_ATTRIBUTE, route.path());
      var maxBodyBytes = maxBodyBytes(route);
      if (takesBody(route) && ctx.req().getContentLengthLong() > maxBodyBytes) {
        throw ApiException.payloadTooLarge(maxBodyBytes);
      }
      var ip = clientAddress.of(ctx);
      if (route.access() == RouteAccess.USER && checksCallerInUnitOfWork(route)) {
        var deferred = deferredPrincipal(ctx, ip);
        try (var check = deferred.check()) {
          serve(route, ctx, ip, deferred.principal());
          checkCountingRefusal(ip, check);
        }
      } else {
        var principal =
            route.access() == RouteAccess.PUBLIC ? optionalPrincipal(ctx) : authenticate(ctx, ip);
        serve(route, ctx, ip, principal);
      }
    };
  }

  private void serve(RouteDefinition route, Context ctx, String ip, Principal principal)
      throws Exception {
    var call = new Call(ctx, principal, tools);
    ctx.attribute(ObservedRequest.BODY_ATTRIBUTE, (Supplier<JsonNode>) call::bodyIfRead);
    limiter.admit(principal == null ? "ip:" + ip : "user:" + principal.actor().id());
    if (limiter.isStrict(route.path())) {
      limiter.admitStrict(ip, emailOf(call));
    }
    if (route.access() == RouteAccess.ADMIN && !principal.actor().isAdmin()) {
      throw new ForbiddenException("Only administrators may do this.");
    }
    route.handler().handle(call);
  }

  /**
   * Whether the store's checks of a user route's caller (revoked token or session, disabled user,
   * changed role) run in the request's first unit of work rather than in one of their own: on
   * reads, whose answer is replaced by the refusal when the request ran no unit of work, and on
   * writes whose handler has no effect before its first unit. Administrator routes check at once.
   */
  private static boolean checksCallerInUnitOfWork(RouteDefinition route) {
    return route.method().equals("GET") || route.effectsInUnitOfWork();
  }

  /** Counts a request that no route matched (a 404 or 405) against its client's address. */
  public Exception unmatched(Context ctx, Exception notMatched) {
    try {
      limiter.admit("ip:" + clientAddress.of(ctx));
      return notMatched;
    } catch (ApiException limited) {
      return limited;
    }
  }

  private long maxBodyBytes(RouteDefinition route) {
    return route.maxBodyBytes() == RouteDefinition.SERVER_LIMIT
        ? tools.maxBodyBytes()
        : route.maxBodyBytes();
  }

  private static boolean takesBody(RouteDefinition route) {
    return switch (route.method()) {
      case "POST", "PUT", "PATCH" -> true;
      default -> false;
    };
  }

  /**
   * A public route reads its caller when the request names one with a valid bearer token (an admin
   * sees more of the catalog), and otherwise serves it as anonymous: a stale token a client still
   * sends must not break a public route such as {@code /v1/auth/refresh}.
   */
  private Principal optionalPrincipal(Context ctx) {
    if (ctx.header("Authorization") == null) {
      return null;
    }
    try {
      return principal(ctx);
    } catch (UnauthenticatedException | TokenExpiredException anonymous) {
      return null;
    }
  }

  private Principal authenticate(Context ctx, String ip) {
    return refusedCountsAgainst(ip, () -> principal(ctx));
  }

  private Authenticator.Deferred deferredPrincipal(Context ctx, String ip) {
    return refusedCountsAgainst(
        ip,
        () -> {
          var deferred =
              authenticator.authenticateDeferred(BearerTokens.from(ctx.header("Authorization")));
          logged(deferred.principal());
          return deferred;
        });
  }

  /** Runs {@code step}; a refused token also counts against the client's IP. */
  private <T> T refusedCountsAgainst(String ip, Supplier<T> step) {
    try {
      return step.get();
    } catch (UnauthenticatedException | TokenExpiredException refused) {
      limiter.admit("ip:" + ip);
      throw refused;
    }
  }

  private void checkCountingRefusal(String ip, Authenticator.PendingCheck check) {
    refusedCountsAgainst(
        ip,
        () -> {
          check.ensureDone();
          return check;
        });
  }

  /** The caller the request's bearer token names, also put into the log context. */
  private Principal principal(Context ctx) {
    return logged(authenticator.authenticate(BearerTokens.from(ctx.header("Authorization"))));
  }

  private static Principal logged(Principal principal) {
    if (principal == null) {
      throw new UnauthenticatedException("The bearer token is not valid.");
    }
    MDC.put(RequestIds.MDC_USER_ID, principal.actor().id().toString());
    return principal;
  }

  private static Optional<String> emailOf(Call call) {
    try {
      var email = call.jsonBody().path("email");
      return email.isTextual() ? Optional.of(email.asText()) : Optional.empty();
    } catch (ApiException notJson) {
      if (notJson.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
        throw notJson;
      }
      return Optional.empty();
    }
  }
}
