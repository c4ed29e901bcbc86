package dev.kassa.application.auth;

import dev.kassa.domain.error.ValidationException;
import java.util.function.Supplier;

/** Runs several self-validating constructors and reports all their problems at once. */
final class Validation {

  private Validation() {}

  /** Returns what {@code parse} makes, or null after adding its problems to {@code problems}. */
  static <T> T attempt(ValidationException.Collector problems, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      e.problems().forEach(problems::add);
      return null;
    }
  }
}
