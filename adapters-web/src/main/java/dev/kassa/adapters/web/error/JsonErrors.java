package dev.kassa.adapters.web.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Translates Jackson's failures into the contract's errors: broken syntax is {@code
 * malformed_json}; well-formed JSON that does not fit the request record is {@code
 * validation_failed} naming the field. Jackson's own messages, which name Java classes, are never
 * passed on.
 */
public final class JsonErrors {

  private static final Set<Class<?>> INTEGRAL =
      Set.of(
          int.class,
          long.class,
          short.class,
          byte.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          java.math.BigInteger.class);

  private JsonErrors() {}

  /** The error to report for a failure to read or bind a JSON body. */
  public static RuntimeException translate(JacksonException failure) {
    return switch (failure) {
      case ValueInstantiationException instantiation -> fromConstructor(instantiation);
      case JsonMappingException mapping ->
          ValidationException.of(pathOf(mapping), problem(mapping));
      case InputCoercionException outOfRange ->
          ValidationException.of("body", "holds a number out of range");
      default -> malformed(failure);
    };
  }

  /**
   * What is wrong with a value that could not be bound, in the words of the contract: {@code "must
   * be an integer"}, {@code "is not a known field"}...
   */
  public static String problem(JacksonException failure) {
    return switch (failure) {
      case UnrecognizedPropertyException unknown -> "is not a known field";
      case InvalidNullException invalidNull -> "must not be null";
      case MismatchedInputException mismatch -> expectation(mismatch.getTargetType());
      case DatabindException databind when databind.getCause() instanceof InputCoercionException ->
          "is out of range";
      case InputCoercionException outOfRange -> "is out of range";
      default -> "has an invalid value";
    };
  }

  /**
   * Where in the bound value a failure is: {@code "amount"}, {@code "parts[1].kind"}, or empty when
   * it is the value itself.
   */
  public static String relativePath(JacksonException failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      return "";
    }
    var path = new StringBuilder();
    for (var reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The {@code malformed_json} error for a body that is not JSON at all. */
  public static ApiException malformed(JacksonException failure) {
    var location =
        failure instanceof JsonProcessingException processing ? processing.getLocation() : null;
    Map<String, Object> details =
        location == null || location.getLineNr() < 1
            ? Map.of()
            : Map.of("line", location.getLineNr(), "column", location.getColumnNr());
    return ApiException.malformedJson("The request body is not valid JSON.", details);
  }

  private static RuntimeException fromConstructor(ValueInstantiationException failure) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domain;
      }
    }
    return ValidationException.of(pathOf(failure), "has an invalid value");
  }

  private static String pathOf(JsonMappingException failure) {
    var path = relativePath(failure);
    return path.isEmpty() ? "body" : path;
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (INTEGRAL.contains(type)) {
      return "must be an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "must be true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "must be a number";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "must be a string";
    }
    if (type == LocalDate.class) {
      return "must be a date (YYYY-MM-DD)";
    }
    if (type == Instant.class || type == OffsetDateTime.class) {
      return "must be an ISO-8601 timestamp";
    }
    if (type == UUID.class) {
      return "must be a UUID";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "must be an array";
    }
    if (type.isRecord() || Map.class.isAssignableFrom(type)) {
      return "must be an object";
    }
    return "has an invalid value";
  }
}
