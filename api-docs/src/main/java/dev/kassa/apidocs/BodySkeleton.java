package dev.kassa.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request body to start from, made from a schema: its required fields (all fields when none is
 * required) with a value of the right type: the first enum value, the example or default when the
 * document gives one, else an empty string, zero or false.
 */
final class BodySkeleton {

  private static final int MAX_DEPTH = 4;

  private final Components components;

  BodySkeleton(Components components) {
    this.components = components;
  }

  JsonNode of(Schema<?> schema) {
    return value(schema, 0);
  }

  /** A multipart form's fields, and whether each one is a file. */
  Map<String, Boolean> fieldsOf(Schema<?> schema) {
    Map<String, Boolean> fields = new LinkedHashMap<>();
    Schema<?> form = resolve(schema);
    if (form.getProperties() != null) {
      form.getProperties()
          .forEach((name, field) -> fields.put(name, "binary".equals(resolve(field).getFormat())));
    }
    return fields;
  }

  String exampleText(Schema<?> schema) {
    JsonNode value = value(schema, MAX_DEPTH);
    return value.isValueNode() ? value.asText() : "";
  }

  private JsonNode value(Schema<?> declared, int depth) {
    Schema<?> schema = resolve(declared);
    if (schema.getExample() != null) {
      return PostmanCollection.JSON.valueToTree(schema.getExample());
    }
    if (schema.getDefault() != null) {
      return PostmanCollection.JSON.valueToTree(schema.getDefault());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return PostmanCollection.JSON.valueToTree(schema.getEnum().get(0));
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      ObjectNode merged = PostmanCollection.JSON.createObjectNode();
      schema
          .getAllOf()
          .forEach(
              part -> {
                JsonNode piece = value(part, depth);
                if (piece.isObject()) {
                  merged.setAll((ObjectNode) piece);
                }
              });
      return merged;
    }
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return value(schema.getOneOf().get(0), depth);
    }
    if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
      return value(schema.getAnyOf().get(0), depth);
    }
    String type = type(schema);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" ->
          depth >= MAX_DEPTH || schema.getItems() == null
              ? PostmanCollection.JSON.createArrayNode()
              : PostmanCollection.JSON.createArrayNode().add(value(schema.getItems(), depth + 1));
      case "integer", "number" ->
          PostmanCollection.JSON
              .getNodeFactory()
              .numberNode(schema.getMinimum() == null ? 1 : schema.getMinimum().longValue());
      case "boolean" -> PostmanCollection.JSON.getNodeFactory().booleanNode(false);
      default -> PostmanCollection.JSON.getNodeFactory().textNode(text(schema));
    };
  }

  private JsonNode object(Schema<?> schema, int depth) {
    ObjectNode object = PostmanCollection.JSON.createObjectNode();
    if (depth >= MAX_DEPTH || schema.getProperties() == null) {
      return object;
    }
    List<String> required = schema.getRequired();
    Set<String> names =
        required == null || required.isEmpty()
            ? schema.getProperties().keySet()
            : Set.copyOf(required);
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if (names.contains(name)) {
                object.set(name, value(property, depth + 1));
              }
            });
    return object;
  }

  private static String text(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    return switch (format) {
      case "date" -> "2026-01-31";
      case "date-time" -> "2026-01-31T12:00:00Z";
      case "email" -> "ada@example.com";
      default -> "";
    };
  }

  private static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null) {
      return schema.getTypes().stream()
          .filter(type -> !"null".equals(type))
          .findFirst()
          .orElse("string");
    }
    return schema.getProperties() != null ? "object" : "string";
  }

  @SuppressWarnings("rawtypes")
  private Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    int hops = 0;
    while (current != null && current.get$ref() != null && hops++ < MAX_DEPTH) {
      String ref = current.get$ref();
      Schema found = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
      current = found;
    }
    return current == null ? new Schema<>() : current;
  }
}
