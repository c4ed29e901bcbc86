package dev.kassa.adapters.web.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every error code of the HTTP contract with its status. This is the one place where a code,
 * including the code of a {@link dev.kassa.domain.error.DomainException}, becomes a status.
 */
public enum ErrorCode {
  VALIDATION_FAILED("validation_failed", 400),
  MALFORMED_JSON("malformed_json", 400),
  UNAUTHENTICATED("unauthenticated", 401),
  TOKEN_EXPIRED("token_expired", 401),
  FORBIDDEN("forbidden", 403),
  NOT_FOUND("not_found", 404),
  METHOD_NOT_ALLOWED("method_not_allowed", 405),
  EMAIL_TAKEN("email_taken", 409),
  INSUFFICIENT_FUNDS("insufficient_funds", 409),
  BALANCE_LIMIT_EXCEEDED("balance_limit_exceeded", 409),
  OUT_OF_STOCK("out_of_stock", 409),
  ACCOUNT_NOT_ACTIVE("account_not_active", 409),
  ACCOUNT_NOT_EMPTY("account_not_empty", 409),
  CARD_NOT_ACTIVE("card_not_active", 409),
  INVALID_STATE_TRANSITION("invalid_state_transition", 409),
  IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use", 409),
  PAYLOAD_TOO_LARGE("payload_too_large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
  CURRENCY_MISMATCH("currency_mismatch", 422),
  IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", 422),
  RATE_LIMITED("rate_limited", 429),
  INTERNAL_ERROR("internal_error", 500),
  UNAVAILABLE("unavailable", 503);

  private static final Map<String, ErrorCode> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(e -> e.code, Function.identity()));

  private final String code;
  private final int status;

  ErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  /** The code of the contract spelled {@code code}; empty for a code it does not know. */
  public static Optional<ErrorCode> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
