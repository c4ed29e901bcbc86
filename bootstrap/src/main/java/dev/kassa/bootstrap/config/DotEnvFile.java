package dev.kassa.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code .env} file: lines of {@code KEY=VALUE} (an {@code export } before the key is allowed),
 * blank lines and {@code #} comments. A value is taken as written, stripped, up to a {@code #} that
 * follows a space; in single quotes it is literal; in double quotes {@code \"}, {@code \\} and
 * {@code \n} are escapes. Anything else is a problem naming the line, and no value is ever quoted
 * in it (the file holds secrets).
 */
public final class DotEnvFile {

  private static final Pattern LINE =
      Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)");

  private DotEnvFile() {}

  /**
   * The {@code environment} over the variables of {@code file} when it exists: a variable set in
   * the environment wins over the file.
   *
   * @throws ConfigException naming every malformed line of the file
   */
  public static Map<String, String> under(Map<String, String> environment, Path file) {
    if (!Files.isRegularFile(file)) {
      return environment;
    }
    var merged = new HashMap<>(parse(file));
    merged.putAll(environment);
    return Map.copyOf(merged);
  }

  static Map<String, String> parse(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    var variables = new LinkedHashMap<String, String>();
    var problems = new ArrayList<String>();
    for (var i = 0; i < lines.size(); i++) {
      var line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var matcher = LINE.matcher(line);
      var value = matcher.matches() ? value(matcher.group(2)) : null;
      if (value == null) {
        problems.add(file + " line " + (i + 1) + " is not KEY=VALUE with balanced quotes");
      } else {
        variables.put(matcher.group(1), value);
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return variables;
  }

  /** The value written as {@code text}, or null when its quotes do not close. */
  private static String value(String text) {
    if (text.startsWith("'")) {
      var end = text.indexOf('\'', 1);
      return end < 0 || !isComment(text.substring(end + 1)) ? null : text.substring(1, end);
    }
    if (text.startsWith("\"")) {
      return doubleQuoted(text);
    }
    var comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }

  private static String doubleQuoted(String text) {
    var value = new StringBuilder();
    for (var i = 1; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '"') {
        return isComment(text.substring(i + 1)) ? value.toString() : null;
      }
      if (c == '\\' && i + 1 < text.length()) {
        var next = text.charAt(++i);
        value.append(next == 'n' ? '\n' : next);
      } else {
        value.append(c);
      }
    }
    return null;
  }

  private static boolean isComment(String rest) {
    var stripped = rest.strip();
    return stripped.isEmpty() || stripped.startsWith("#");
  }
}
