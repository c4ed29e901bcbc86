package dev.kassa.adapters.web.error;

import com.fasterxml.jackson.core.JacksonException;
import dev.kassa.adapters.web.observability.RequestIds;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.shared.StorageUnavailableException;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns any exception into the {@link Problem} the client is told about. Unexpected exceptions and
 * domain codes the contract does not know become {@code internal_error}: they are logged here and
 * never described to the client.
 */
public final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final String BEARER_CHALLENGE = "Bearer";
  private static final String STORAGE_RETRY_AFTER_SECONDS = "2";

  private Problems() {}

  public static Problem from(Throwable failure) {
    return switch (failure) {
      case ApiException api ->
          new Problem(api.code(), api.getMessage(), api.details(), api.headers());
      case DomainException domain -> fromDomain(domain);
      case PaymentProviderException provider -> providerUnavailable(provider);
      case StorageUnavailableException storage -> storageUnavailable(storage);
      case HttpResponseException http -> fromJavalin(http);
      case ValidationException javalin -> fromJavalinValidation(javalin);
      case JacksonException jackson -> from(JsonErrors.translate(jackson));
      default -> unexpected(failure);
    };
  }

  private static Problem fromDomain(DomainException domain) {
    var known = ErrorCode.of(domain.code());
    if (known.isEmpty()) {
      LOG.error(
          "Domain error with a code the HTTP contract does not know: {}", domain.code(), domain);
      return internalError();
    }
    var code = known.get();
    var headers =
        code == ErrorCode.UNAUTHENTICATED || code == ErrorCode.TOKEN_EXPIRED
            ? Map.of("WWW-Authenticate", BEARER_CHALLENGE)
            : Map.<String, String>of();
    return new Problem(code, domain.getMessage(), domain.details(), headers);
  }

  private static Problem fromJavalin(HttpResponseException http) {
    return http.getStatus() == 405 ? methodNotAllowed(http) : forStatus(http.getStatus());
  }

  /** The contract's problem for a bare HTTP status, such as one the web server answers itself. */
  public static Problem forStatus(int status) {
    return switch (status) {
      case 401 ->
          new Problem(
              ErrorCode.UNAUTHENTICATED,
              "Authentication is required.",
              Map.of(),
              Map.of("WWW-Authenticate", BEARER_CHALLENGE));
      case 403 -> Problem.of(ErrorCode.FORBIDDEN, "This is not allowed.");
      case 404 -> Problem.of(ErrorCode.NOT_FOUND, "No resource matches this path.");
      case 405 ->
          Problem.of(ErrorCode.METHOD_NOT_ALLOWED, "This path does not support this method.");
      case 413 -> Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.");
      case 415 ->
          Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The request body has the wrong type.");
      case 429 -> Problem.of(ErrorCode.RATE_LIMITED, "Too many requests.");
      case 503 -> Problem.of(ErrorCode.UNAVAILABLE, "The service is unavailable.");
      default ->
          status < 500
              ? Problem.of(ErrorCode.VALIDATION_FAILED, "The request is not valid.")
              : internalError();
    };
  }

  private static Problem methodNotAllowed(HttpResponseException http) {
    var allowed = String.join(", ", new TreeMap<>(http.getDetails()).values());
    var headers = allowed.isBlank() ? Map.<String, String>of() : Map.of("Allow", allowed);
    return new Problem(
        ErrorCode.METHOD_NOT_ALLOWED,
        "This path does not support this method.",
        allowed.isBlank() ? Map.of() : Map.of("allowed", allowed),
        headers);
  }

  private static Problem fromJavalinValidation(ValidationException javalin) {
    var details = new LinkedHashMap<String, Object>();
    javalin
        .getErrors()
        .forEach(
            (field, errors) ->
                details.put(
                    field, errors.isEmpty() ? "is not valid" : errors.getFirst().getMessage()));
    return new Problem(ErrorCode.VALIDATION_FAILED, "The request is not valid.", details, Map.of());
  }

  /**
   * The provider could not be reached or refused a call: the client may retry (with the same
   * idempotency key), so this is {@code unavailable}, and nothing the provider said is passed on.
   */
  private static Problem providerUnavailable(PaymentProviderException failure) {
    LOG.warn(
        "Payment provider failure in request {}: {}",
        MDC.get(RequestIds.MDC_REQUEST_ID),
        failure.getMessage(),
        failure);
    return Problem.of(
        ErrorCode.UNAVAILABLE, "The payment provider is unavailable; try again later.");
  }

  /**
   * The database is down, restarting or too slow: the client may retry after a short pause (with
   * the same idempotency key). The log line says why; the answer says only that.
   */
  private static Problem storageUnavailable(StorageUnavailableException failure) {
    LOG.warn(
        "Database unavailable in request {}: {}",
        MDC.get(RequestIds.MDC_REQUEST_ID),
        rootMessage(failure));
    return new Problem(
        ErrorCode.UNAVAILABLE,
        "The service is unavailable for a moment; try again shortly.",
        Map.of(),
        Map.of("Retry-After", STORAGE_RETRY_AFTER_SECONDS));
  }

  private static String rootMessage(Throwable failure) {
    var root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.toString();
  }

  private static Problem unexpected(Throwable failure) {
    LOG.error("Unexpected failure while handling a request", failure);
    return internalError();
  }

  public static Problem internalError() {
    return Problem.of(
        ErrorCode.INTERNAL_ERROR,
        "Something went wrong on our side; quote the request id if you report it.");
  }
}
