package dev.kassa.domain.error;

import java.util.Map;

/** An idempotency key presented again with a different request. */
public final class IdempotencyKeyReusedException extends DomainException {

  public IdempotencyKeyReusedException() {
    super(
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request.",
        Map.of());
  }
}
