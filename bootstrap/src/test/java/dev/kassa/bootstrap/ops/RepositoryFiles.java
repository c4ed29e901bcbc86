package dev.kassa.bootstrap.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository's files as the container files and documents see them, and the environment
 * variables Kassa reads: the names the configuration sources read through their reader (every
 * quoted upper-case name there), those {@code .env.example} lists, and those the README's
 * configuration table names.
 */
final class RepositoryFiles {

  /** The repository root; the tests run in the {@code bootstrap} module's directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path CONFIG_SOURCES =
      ROOT.resolve("bootstrap/src/main/java/dev/kassa/bootstrap/config");
  private static final Pattern QUOTED_NAME = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
  private static final Pattern ENV_EXAMPLE_LINE = Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]*)=");
  private static final Pattern BACKTICKED_NAME = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

  private RepositoryFiles() {}

  static String read(String relativePath) {
    try {
      return Files.readString(ROOT.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String relativePath) {
    return Files.isRegularFile(ROOT.resolve(relativePath));
  }

  static Set<String> readByConfiguration() {
    try (Stream<Path> sources = Files.list(CONFIG_SOURCES)) {
      var names = new TreeSet<String>();
      sources
          .filter(path -> path.toString().endsWith(".java"))
          .forEach(
              path ->
                  QUOTED_NAME
                      .matcher(readPath(path))
                      .results()
                      .forEach(m -> names.add(m.group(1))));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> listedInEnvExample() {
    var names = new TreeSet<String>();
    ENV_EXAMPLE_LINE.matcher(read(".env.example")).results().forEach(m -> names.add(m.group(1)));
    return names;
  }

  /** The names in the first cell of each row of the README's "## Configuration" table. */
  static Set<String> inReadmeConfigurationTable() {
    var readme = read("README.md");
    var start = readme.indexOf("| variable | meaning | default |");
    var names = new TreeSet<String>();
    readme
        .substring(start)
        .lines()
        .takeWhile(line -> line.startsWith("|"))
        .map(line -> line.split("\\|", -1)[1])
        .forEach(
            cell -> BACKTICKED_NAME.matcher(cell).results().forEach(m -> names.add(m.group(1))));
    return names;
  }

  private static String readPath(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
