package dev.kassa.bootstrap.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} as Docker applies them: each line a pattern relative to the
 * context root ({@code *} within one path element, {@code **} across any number), {@code !}
 * re-including, the last matching line winning, and a path excluded with any of its parents.
 */
final class DockerIgnore {

  private record Rule(boolean include, Pattern pattern) {}

  private final List<Rule> rules = new ArrayList<>();

  DockerIgnore(String text) {
    text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(
            line -> {
              var include = line.startsWith("!");
              rules.add(new Rule(include, toRegex(include ? line.substring(1) : line)));
            });
  }

  boolean excludes(String path) {
    var parts = path.split("/", -1);
    var excluded = false;
    for (var rule : rules) {
      var prefix = new StringBuilder();
      for (var part : parts) {
        prefix.append(prefix.isEmpty() ? "" : "/").append(part);
        if (rule.pattern().matcher(prefix).matches()) {
          excluded = !rule.include();
          break;
        }
      }
    }
    return excluded;
  }

  private static Pattern toRegex(String glob) {
    var regex = new StringBuilder();
    for (var i = 0; i < glob.length(); i++) {
      var c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
