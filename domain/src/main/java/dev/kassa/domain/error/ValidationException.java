package dev.kassa.domain.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule of the model; {@link #problems()} maps field names to problems. */
public final class ValidationException extends DomainException {

  private final Map<String, String> problems;

  public ValidationException(Map<String, String> problems) {
    super("validation_failed", "The request is not valid.", Map.copyOf(problems));
    this.problems = Map.copyOf(problems);
  }

  public static ValidationException of(String field, String problem) {
    return new ValidationException(Map.of(field, problem));
  }

  public Map<String, String> problems() {
    return problems;
  }

  /** Collects problems of several fields before failing once with all of them. */
  public static final class Collector {
    private final Map<String, String> problems = new LinkedHashMap<>();

    public Collector add(String field, String problem) {
      problems.putIfAbsent(field, problem);
      return this;
    }

    public Collector check(boolean ok, String field, String problem) {
      return ok ? this : add(field, problem);
    }

    public void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
    }
  }
}
