package dev.kassa.adapters.web.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.error.JsonErrors;
import dev.kassa.domain.error.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;

/**
 * Reads request bodies in two steps: the bytes into a JSON tree ({@code malformed_json} when that
 * fails), then the tree into a request record ({@code validation_failed} naming the field when that
 * fails, including every {@link Required} component that is missing or null).
 */
public final class JsonBodies {

  private final ObjectMapper mapper;

  public JsonBodies(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  public JsonNode tree(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (JacksonException malformed) {
      throw JsonErrors.malformed(malformed);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  public <T> T bind(JsonNode tree, Class<T> type) {
    if (tree == null || !tree.isObject()) {
      throw ValidationException.of("body", "must be a JSON object");
    }
    T value;
    try {
      value = mapper.treeToValue(tree, type);
    } catch (JacksonException mismatch) {
      throw JsonErrors.translate(mismatch);
    }
    var problems = new ValidationException.Collector();
    checkRequired(value, "", problems);
    problems.throwIfAny();
    return value;
  }

  private static void checkRequired(
      Object value, String prefix, ValidationException.Collector out) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      var index = 0;
      for (var item : items) {
        checkRequired(item, prefix + "[" + index++ + "]", out);
      }
      return;
    }
    if (!value.getClass().isRecord()) {
      return;
    }
    for (var component : value.getClass().getRecordComponents()) {
      var name = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
      var field = read(component, value);
      if (field == null && component.isAnnotationPresent(Required.class)) {
        out.add(name, "is required");
      }
      checkRequired(field, name, out);
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("Cannot read " + component.getName(), unreadable);
    }
  }
}
