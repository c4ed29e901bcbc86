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
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

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
    var components = type.getRecordComponents();
    var known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    object
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                fields.add(path(prefix, name), "is not a known field");
              }
            });
    var values = new Object[components.length];
    for (var i = 0; i < components.length; i++) {
      var component = components[i];
      var name = path(prefix, component.getName());
      values[i] = component(object.get(component.getName()), component, name, fields);
    }
    return construct(type, components, values, fields);
  }

  private Object component(JsonNode node, RecordComponent component, String name, Fields fields) {
    var type = component.getType();
    if (node == null || node.isNull()) {
      if (component.isAnnotationPresent(Required.class)) {
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
    if (Text.refuses(node, name, component.isAnnotationPresent(MultiLine.class), fields)) {
      return emptyValue(type);
    }
    try {
      var value = mapper.treeToValue(node, mapper.constructType(component.getGenericType()));
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
      Class<?> type, RecordComponent[] components, Object[] values, Fields fields) {
    var parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toList();
    try {
      var constructor = type.getDeclaredConstructor(parameterTypes.toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return constructor.newInstance(values);
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
    for (var component : value.getClass().getRecordComponents()) {
      var name = prefix + "." + component.getName();
      var field = read(component, value);
      if (field == null && component.isAnnotationPresent(Required.class)) {
        fields.add(name, "is required");
      }
      checkRequired(field, name, fields);
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
