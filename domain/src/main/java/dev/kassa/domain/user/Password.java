package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;

/** A password in clear, as typed: 8 to 128 characters. Never printed. */
public record Password(String value) {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  public Password {
    if (value == null) {
      throw ValidationException.of("password", "is required");
    }
    var length = value.codePointCount(0, value.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw ValidationException.of(
          "password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return "Password[***]";
  }
}
