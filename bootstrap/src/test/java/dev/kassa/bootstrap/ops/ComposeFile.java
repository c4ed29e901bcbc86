package dev.kassa.bootstrap.ops;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml as docker compose reads it: YAML with anchors and merge keys (SnakeYAML resolves
 * both, as compose does), and {@code ${NAME:?message}} / {@code ${NAME:-default}} interpolation,
 * here with a fixed 48-byte value for every required variable (the secrets a .env file gives).
 */
final class ComposeFile {

  static final Set<String> KASSA_SERVICES = Set.of("kassa-1", "kassa-2", "worker");
  static final String INTERPOLATED_SECRET = "a-secret-of-forty-eight-bytes-for-compose-checks";

  private static final Pattern INTERPOLATION =
      Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([?-])([^}]*))?}");

  private final Map<String, Object> root;

  private ComposeFile(Map<String, Object> root) {
    this.root = root;
  }

  static ComposeFile load() {
    return new ComposeFile(new Yaml().load(RepositoryFiles.read("compose.yaml")));
  }

  Map<String, Object> services() {
    return map(root.get("services"));
  }

  Map<String, Object> service(String name) {
    return map(services().get(name));
  }

  /** The service's environment, interpolated, as Kassa would see it. */
  Map<String, String> environment(String service) {
    var environment = new TreeMap<String, String>();
    map(service(service).get("environment"))
        .forEach((name, value) -> environment.put(name, interpolate(String.valueOf(value))));
    return environment;
  }

  static String interpolate(String value) {
    return INTERPOLATION
        .matcher(value)
        .replaceAll(
            match ->
                Matcher.quoteReplacement(
                    "-".equals(match.group(2)) ? match.group(3) : INTERPOLATED_SECRET));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    return (List<Object>) node;
  }
}
