package dev.kassa.adapters.web.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kassa.adapters.web.error.JsonErrors;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.ValidationException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

/**
 * Binds a JSON object to a record one component at a time, noting the problem of each field that
 * does not fit in {@link Fields} and passing it on as null (0 for a primitive). A record component
 * is bound field by field, by its component name (Jackson annotations on request records are not
 * read); any other value, a list included, is bound whole by Jackson. Every text in the body is
 * checked by {@link Text} first, so that what PostgreSQL cannot store never reaches a command.
 */
final class RecordBinding {

  private final ObjectMapper mapper;

  RecordBinding(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Object record(JsonNode object, Class<?> type, String prefix, Fields fields) {
    var shape = RecordShape.of(type);
    object
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!shape.names().contains(name)) {
                fields.add(path(prefix, name), "is not a known field");
              }
            });
    var parts = shape.parts();
    var values = new Object[parts.size()];
    for (var i = 0; i < values.length; i++) {
      var part = parts.get(i);
      values[i] = component(object.get(part.name()), part, path(prefix, part.name()), fields);
    }
    return construct(type, shape, values, fields);
  }

  private Object component(JsonNode node, RecordShape.Part part, String name, Fields fields) {
    var type = part.type();
    if (node == null || node.isNull()) {
      if (part.required()) {
        fields.add(name, "is required");
      } else if (node != null && type.isPrimitive()) {
        fields.add(name, "must not be null");
      }
      return emptyValue(type);
    }
    if (type.isRecord()) {
      if (node.isObject()) {
        return record(node, type, name, fields);
      }
      fields.add(name, "must be an object");
      return null;
    }
    if (Text.refuses(node, name, part.multiLine(), fields)) {
      return emptyValue(type);
    }
    try {
      var value = mapper.treeToValue(node, mapper.constructType(part.genericType()));
      checkRequired(value, name, fields);
      return value;
    } catch (JacksonException refused) {
      noteRefused(refused, name, fields);
      return emptyValue(type);
    }
  }

  private static void noteRefused(JacksonException refused, String name, Fields fields) {
    if (refused instanceof ValueInstantiationException
        && JsonErrors.translate(refused) instanceof DomainException domain) {
      if (domain instanceof ValidationException invalid) {
        fields.addAll(invalid);
        return;
      }
      throw domain;
    }
    var inner = JsonErrors.relativePath(refused);
    var where = inner.isEmpty() ? name : inner.startsWith("[") ? name + inner : name + "." + inner;
    fields.add(where, JsonErrors.problem(refused));
  }

  private static Object construct(
      Class<?> type, RecordShape shape, Object[] values, Fields fields) {
    try {
      return shape.constructor().newInstance(values);
    } catch (InvocationTargetException refused) {
      if (refused.getCause() instanceof ValidationException invalid) {
        fields.addAll(invalid);
        return null;
      }
      if (refused.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), refused);
    } catch (ReflectiveOperationException unbuildable) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), unbuildable);
    }
  }

  private static Object emptyValue(Class<?> type) {
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }

  private static String path(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  /** The {@link Required} components of records inside a bound value, such as a list's items. */
  private static void checkRequired(Object value, String prefix, Fields fields) {
    if (value instanceof Collection<?> items) {
      var index = 0;
      for (var item : items) {
        checkRequired(item, prefix + "[" + index++ + "]", fields);
      }
      return;
    }
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (var part : RecordShape.of(value.getClass()).parts()) {
      var name = prefix + "." + part.name();
      var field = read(part, value);
      if (field == null && part.required()) {
        fields.add(name, "is required");
      }
      checkRequired(field, name, fields);
    }
  }

  private static Object read(RecordShape.Part part, Object record) {
    try {
      return part.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("Cannot read " + part.name(), unreadable);
    }
  }
}
