package dev.kassa.domain.idempotency;

import dev.kassa.domain.error.ValidationException;

/** A client-chosen key, 1 to 255 printable ASCII characters, that makes a retry safe. */
public record IdempotencyKey(String value) {

  public IdempotencyKey {
    if (value == null
        || value.isEmpty()
        || value.length() > 255
        || !value.matches("[\\x21-\\x7E]+")) {
      throw ValidationException.of(
          "Idempotency-Key", "must be 1 to 255 printable ASCII characters without spaces");
    }
  }
}
