package dev.kassa.domain.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

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

  /**
   * Collects problems of several fields before failing once with all of them. The first problem
   * noted for a field is the one reported, so a caller that notes what it found first (a value that
   * did not parse) is not contradicted by a later check of the same field.
   */
  public static final class Collector {
    private final Map<String, String> problems = new LinkedHashMap<>();

    public Collector add(String field, String problem) {
      problems.putIfAbsent(field, problem);
      return this;
    }

    public Collector check(boolean ok, String field, String problem) {
      return ok ? this : add(field, problem);
    }

    /** Notes {@code field} "is required" when {@code value} is null. */
    public Collector require(Object value, String field) {
      return check(value != null, field, "is required");
    }

    /**
     * Runs a self-validating constructor (or any check) and returns what it makes; when it refuses,
     * notes all its problems and returns null, so that the checks after it still run.
     */
    public <T> T attempt(Supplier<T> validated) {
      try {
        return validated.get();
      } catch (ValidationException refused) {
        refused.problems().forEach(this::add);
        return null;
      }
    }

    public boolean isEmpty() {
      return problems.isEmpty();
    }

    public boolean has(String field) {
      return problems.containsKey(field);
    }

    public void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
    }
  }
}
