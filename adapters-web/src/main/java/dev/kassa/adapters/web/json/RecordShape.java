package dev.kassa.adapters.web.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What binding reads of a record type, read once per type: {@link Class#getRecordComponents()}
 * answers with new components each time, whose annotations are then parsed again.
 *
 * @param names the components' names
 * @param parts the components, in declaration order
 * @param constructor the canonical constructor, made accessible
 */
record RecordShape(Set<String> names, List<Part> parts, Constructor<?> constructor) {

  /** One component: its name, types, the annotations binding reads, and its accessor. */
  record Part(
      String name,
      Class<?> type,
      Type genericType,
      boolean required,
      boolean multiLine,
      Method accessor) {}

  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return read(type);
        }
      };

  /** The shape of {@code type}, which must be a record class. */
  static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  private static RecordShape read(Class<?> type) {
    var components = type.getRecordComponents();
    var parts = Arrays.stream(components).map(RecordShape::part).toList();
    try {
      var constructor =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return new RecordShape(
          parts.stream().map(Part::name).collect(Collectors.toUnmodifiableSet()),
          parts,
          constructor);
    } catch (NoSuchMethodException unbuildable) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), unbuildable);
    }
  }

  private static Part part(RecordComponent component) {
    var accessor = component.getAccessor();
    accessor.setAccessible(true);
    return new Part(
        component.getName(),
        component.getType(),
        component.getGenericType(),
        component.isAnnotationPresent(Required.class),
        component.isAnnotationPresent(MultiLine.class),
        accessor);
  }
}
