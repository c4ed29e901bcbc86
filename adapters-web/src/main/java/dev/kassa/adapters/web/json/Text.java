package dev.kassa.adapters.web.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one check every string that enters Kassa passes at the edge (body fields, query parameters):
 * text PostgreSQL can store and a person can read. A NUL, another control character (line breaks
 * and tabs only where a field allows several lines), an unpaired surrogate or more than {@value
 * #MAX_LENGTH} characters is refused; each field's own, smaller maximum is the command's to check.
 */
public final class Text {

  /** No field is longer: the longest column, a product's description, holds 5000 characters. */
  public static final int MAX_LENGTH = 5000;

  private Text() {}

  /** The problem of {@code value}, or null when it is acceptable text. */
  public static String problem(String value, boolean multiLine) {
    if (value.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    for (var i = 0; i < value.length(); i++) {
      var c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must not contain an unpaired surrogate";
      } else if (Character.isISOControl(c) && !(multiLine && isLineBreakOrTab(c))) {
        return "must not contain control characters";
      }
    }
    return null;
  }

  /** Notes every text inside {@code node} that {@link Text} refuses; true when there is one. */
  static boolean refuses(JsonNode node, String name, boolean multiLine, Fields fields) {
    if (node.isTextual()) {
      var problem = Text.problem(node.textValue(), multiLine);
      if (problem != null) {
        fields.add(name, problem);
      }
      return problem != null;
    }
    var refused = false;
    if (node.isArray()) {
      for (var i = 0; i < node.size(); i++) {
        refused |= refuses(node.get(i), name + "[" + i + "]", multiLine, fields);
      }
    } else if (node.isObject()) {
      for (var property : node.properties()) {
        refused |= refuses(property.getValue(), name + "." + property.getKey(), multiLine, fields);
      }
    }
    return refused;
  }

  private static boolean isLineBreakOrTab(char c) {
    return c == '\n' || c == '\r' || c == '\t';
  }
}
