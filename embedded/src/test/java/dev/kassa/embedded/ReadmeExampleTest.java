package dev.kassa.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding Kassa" section shows the very program that the build compiles and runs
 * against the installed artifact (src/it/embedding-example), with the dependency it is built with.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE = Path.of("src", "it", "embedding-example");
  private static final String SECTION = "## Embedding Kassa";

  @Test
  void theReadmesExampleIsByteForByteTheProgramTheBuildRuns() throws IOException {
    var program =
        EXAMPLE.resolve(Path.of("src", "main", "java", "com", "example", "ShopInYourProgram.java"));

    assertThat(codeBlock("java")).isEqualTo(Files.readString(program));
  }

  @Test
  void theReadmesDependencyIsTheOneTheExampleIsBuiltWith() throws IOException {
    var pom =
        Files.readString(EXAMPLE.resolve("pom.xml"))
            .replace("@project.version@", System.getProperty("kassa.version"));

    assertThat(codeBlock("xml")).contains("<artifactId>kassa-embedded</artifactId>");
    assertThat(stripped(pom)).contains(stripped(codeBlock("xml")));
  }

  /** The first code block of the given language in the embedding section, with its last newline. */
  private static String codeBlock(String language) throws IOException {
    var lines = Files.readAllLines(README);
    var section = lines.indexOf(SECTION);
    assertThat(section).as("README has a section '%s'", SECTION).isNotNegative();
    var start = lines.subList(section, lines.size()).indexOf("```" + language);
    assertThat(start).as("the section has a %s block", language).isNotNegative();
    var from = section + start + 1;
    var to = lines.subList(from, lines.size()).indexOf("```") + from;
    assertThat(lines.subList(section + 1, from)).noneMatch(line -> line.startsWith("## "));
    return String.join("\n", lines.subList(from, to)) + "\n";
  }

  private static String stripped(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
