package dev.kassa.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builders of the small pieces of a Postman v2.1 item: requests, URLs, headers, scripts. */
final class Requests {

  private Requests() {}

  static ObjectNode variable(String key, String value) {
    ObjectNode variable = PostmanCollection.JSON.createObjectNode();
    variable.put("key", key);
    variable.put("value", value);
    variable.put("type", "string");
    return variable;
  }

  static ObjectNode folder(String name, String description) {
    ObjectNode folder = PostmanCollection.JSON.createObjectNode();
    folder.put("name", name);
    if (description != null) {
      folder.put("description", description);
    }
    folder.putArray("item");
    return folder;
  }

  /**
   * A request item. {@code path} is OpenAPI's ({@code /v1/accounts/{id}}); its parameters become
   * Postman path variables with the given values.
   */
  static ObjectNode item(
      String name, String method, String path, List<String[]> pathValues, List<String[]> query) {
    ObjectNode item = PostmanCollection.JSON.createObjectNode();
    item.put("name", name);
    ObjectNode request = item.putObject("request");
    request.put("method", method);
    request.putArray("header");
    request.set("url", url(path, pathValues, query));
    return item;
  }

  static void header(ObjectNode item, String key, String value, String description) {
    ObjectNode header = ((ArrayNode) item.path("request").path("header")).addObject();
    header.put("key", key);
    header.put("value", value);
    if (description != null) {
      header.put("description", description);
    }
  }

  static void jsonBody(ObjectNode item, JsonNode body) {
    header(item, "Content-Type", "application/json", null);
    ObjectNode request = (ObjectNode) item.get("request");
    ObjectNode raw = request.putObject("body");
    raw.put("mode", "raw");
    raw.put("raw", body.toPrettyString());
    raw.putObject("options").putObject("raw").put("language", "json");
  }

  /** A multipart form body: each field a text field, or a file field when its value is true. */
  static void formData(ObjectNode item, Map<String, Boolean> fields) {
    ObjectNode body = ((ObjectNode) item.get("request")).putObject("body");
    body.put("mode", "formdata");
    ArrayNode entries = body.putArray("formdata");
    fields.forEach(
        (name, file) -> {
          ObjectNode entry = entries.addObject();
          entry.put("key", name);
          entry.put("type", file ? "file" : "text");
          if (file) {
            entry.put("src", "");
          } else {
            entry.put("value", "");
          }
        });
  }

  static void noAuth(ObjectNode item) {
    ((ObjectNode) item.get("request")).putObject("auth").put("type", "noauth");
  }

  static void description(ObjectNode item, String text) {
    if (text != null && !text.isBlank()) {
      ((ObjectNode) item.get("request")).put("description", text.strip());
    }
  }

  /** A script run before the request ({@code pm.*} statements, one per line). */
  static void beforeRequest(ObjectNode item, String... lines) {
    script(item, "prerequest", lines);
  }

  /** A test script run after the response ({@code pm.*} statements, one per line). */
  static void afterResponse(ObjectNode item, String... lines) {
    script(item, "test", lines);
  }

  private static void script(ObjectNode item, String listen, String... lines) {
    ObjectNode event = item.withArray("event").addObject();
    event.put("listen", listen);
    ObjectNode script = event.putObject("script");
    script.put("type", "text/javascript");
    ArrayNode exec = script.putArray("exec");
    Arrays.stream(lines).forEach(exec::add);
  }

  private static ObjectNode url(String path, List<String[]> pathValues, List<String[]> query) {
    ObjectNode url = PostmanCollection.JSON.createObjectNode();
    String postmanPath = path.replaceAll("\\{([^}]+)}", ":$1");
    StringBuilder raw = new StringBuilder("{{baseUrl}}").append(postmanPath);
    List<String> enabled = new ArrayList<>();
    for (String[] parameter : query) {
      if (parameter.length > 2 && "enabled".equals(parameter[2])) {
        enabled.add(parameter[0] + "=" + parameter[1]);
      }
    }
    if (!enabled.isEmpty()) {
      raw.append('?').append(String.join("&", enabled));
    }
    url.put("raw", raw.toString());
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode segments = url.putArray("path");
    Arrays.stream(postmanPath.substring(1).split("/", -1)).forEach(segments::add);
    if (!query.isEmpty()) {
      ArrayNode parameters = url.putArray("query");
      for (String[] parameter : query) {
        ObjectNode entry = parameters.addObject();
        entry.put("key", parameter[0]);
        entry.put("value", parameter[1]);
        if (parameter.length < 3 || !"enabled".equals(parameter[2])) {
          entry.put("disabled", true);
        }
      }
    }
    if (!pathValues.isEmpty()) {
      ArrayNode variables = url.putArray("variable");
      for (String[] value : pathValues) {
        ObjectNode entry = variables.addObject();
        entry.put("key", value[0]);
        entry.put("value", value[1]);
      }
    }
    return url;
  }
}
