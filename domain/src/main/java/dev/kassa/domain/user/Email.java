package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased: addresses compare case-insensitively. */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

  public Email {
    if (value == null) {
      throw ValidationException.of("email", "is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw ValidationException.of("email", "is not a valid email address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
