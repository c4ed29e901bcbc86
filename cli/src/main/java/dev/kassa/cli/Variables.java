package dev.kassa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a script run has collected, and the substitution of {@code ${name}} placeholders.
 * Besides the script's own variables, {@code ${uuid}} is a fresh random UUID and {@code ${today}}
 * today's date. A whole-string placeholder in a JSON body keeps the value's JSON type, so {@code
 * "${deposit}"} of an amount becomes a number.
 */
final class Variables {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.-]*)}");

  private final Map<String, JsonNode> values = new HashMap<>();
  private final Clock clock;

  Variables(Clock clock) {
    this.clock = clock;
  }

  void put(String name, JsonNode value) {
    values.put(name, value);
  }

  void put(String name, String value) {
    values.put(name, JsonNodeFactory.instance.textNode(value));
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String text(String name) {
    return lookup(name).asText();
  }

  String resolve(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          resolved, Matcher.quoteReplacement(lookup(matcher.group(1)).asText()));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  JsonNode resolve(JsonNode template) {
    if (template == null) {
      return null;
    }
    if (template.isTextual()) {
      Matcher whole = PLACEHOLDER.matcher(template.asText());
      if (whole.matches()) {
        return lookup(whole.group(1));
      }
      return JsonNodeFactory.instance.textNode(resolve(template.asText()));
    }
    if (template.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : template.properties()) {
        copy.set(field.getKey(), resolve(field.getValue()));
      }
      return copy;
    }
    if (template.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      template.forEach(element -> copy.add(resolve(element)));
      return copy;
    }
    return template;
  }

  private JsonNode lookup(String name) {
    return switch (name) {
      case "uuid" -> JsonNodeFactory.instance.textNode(UUID.randomUUID().toString());
      case "today" -> JsonNodeFactory.instance.textNode(LocalDate.now(clock).toString());
      default -> {
        JsonNode value = values.get(name);
        if (value == null) {
          throw new ScriptException("no variable named '" + name + "'");
        }
        yield value;
      }
    };
  }
}
