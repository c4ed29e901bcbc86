package dev.kassa.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes the one JSON shape the audit trail stores: an object of string values. */
final class FlatJson {

  private final String text;
  private int at;

  private FlatJson(String text) {
    this.text = text;
  }

  static String write(Map<String, String> values) {
    var json = new StringBuilder("{");
    new TreeMap<>(values)
        .forEach(
            (key, value) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              quote(json, key).append(':');
              quote(json, value);
            });
    return json.append('}').toString();
  }

  static Map<String, String> read(String json) {
    return new FlatJson(json).object();
  }

  private static StringBuilder quote(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  private Map<String, String> object() {
    var values = new LinkedHashMap<String, String>();
    expect('{');
    if (peek() == '}') {
      at++;
      return values;
    }
    do {
      var key = string();
      expect(':');
      values.put(key, string());
    } while (next() == ',');
    at--;
    expect('}');
    return values;
  }

  private String string() {
    expect('"');
    var value = new StringBuilder();
    for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> value.append(escaped);
      }
    }
    return value.toString();
  }

  private void expect(char wanted) {
    if (next() != wanted) {
      throw new IllegalArgumentException("expected '" + wanted + "' at " + (at - 1) + ": " + text);
    }
  }

  private char next() {
    skipSpace();
    return text.charAt(at++);
  }

  private char peek() {
    skipSpace();
    return text.charAt(at);
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
