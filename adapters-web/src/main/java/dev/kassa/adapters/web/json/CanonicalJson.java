package dev.kassa.adapters.web.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;

/**
 * A canonical text of a JSON tree: object keys sorted, no insignificant whitespace. Two bodies that
 * differ only in key order or spacing have the same canonical text.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String of(JsonNode tree) {
    return tree == null || tree.isMissingNode() ? "" : sorted(tree).toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      var fields = new TreeMap<String, JsonNode>();
      node.properties().forEach(entry -> fields.put(entry.getKey(), sorted(entry.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }
}
