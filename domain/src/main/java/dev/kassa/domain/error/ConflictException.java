package dev.kassa.domain.error;

import java.util.Map;

/**
 * The request is valid but clashes with the current state. The code says which rule: {@code
 * email_taken}, {@code insufficient_funds}, {@code out_of_stock}, {@code account_not_active},
 * {@code card_not_active}, {@code account_not_empty}, {@code invalid_state_transition}, {@code
 * idempotency_key_in_use}, {@code balance_limit_exceeded}...
 */
public final class ConflictException extends DomainException {

  private ConflictException(String code, String message, Map<String, Object> details) {
    super(code, message, details);
  }

  public static ConflictException emailTaken() {
    return new ConflictException("email_taken", "This email is already registered.", Map.of());
  }

  public static ConflictException insufficientFunds(Object accountId) {
    return new ConflictException(
        "insufficient_funds",
        "The account's available balance is too low.",
        Map.of("accountId", String.valueOf(accountId)));
  }

  /**
   * The posting would take the account's balance (or what it holds) past what a 64-bit count of
   * minor units can hold; nothing is posted.
   */
  public static ConflictException balanceLimitExceeded(Object accountId) {
    return new ConflictException(
        "balance_limit_exceeded",
        "The account's balance would exceed the largest balance Kassa keeps.",
        Map.of("accountId", String.valueOf(accountId)));
  }

  public static ConflictException accountNotActive(Object accountId, String status) {
    return new ConflictException(
        "account_not_active",
        "The account is " + status + ".",
        Map.of("accountId", String.valueOf(accountId), "status", status));
  }

  /** The card is frozen, cancelled or past its expiry date, so it cannot pay. */
  public static ConflictException cardNotActive(Object cardId, String status) {
    return new ConflictException(
        "card_not_active",
        "The card is " + status + ".",
        Map.of("cardId", String.valueOf(cardId), "status", status));
  }

  public static ConflictException accountNotEmpty(Object accountId) {
    return new ConflictException(
        "account_not_empty",
        "Only an account with a zero balance and no holds can be closed.",
        Map.of("accountId", String.valueOf(accountId)));
  }

  public static ConflictException invalidStateTransition(String from, String to) {
    return new ConflictException(
        "invalid_state_transition",
        "Cannot go from " + from + " to " + to + ".",
        Map.of("from", from, "to", to));
  }

  public static ConflictException idempotencyKeyInUse() {
    return new ConflictException(
        "idempotency_key_in_use",
        "A request with this Idempotency-Key is still being processed.",
        Map.of());
  }

  public static ConflictException outOfStock(java.util.List<String> productIds) {
    return new ConflictException(
        "out_of_stock",
        "Not enough stock.",
        Map.of("productIds", java.util.List.copyOf(productIds)));
  }
}
