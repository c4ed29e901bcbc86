package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.webhooks.CloudEventJson;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.shared.PageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receiver's guide in the README stays true: its Java example is the file the tests compile and
 * verify deliveries with, byte for byte, and its sample payloads have the fields, and the types, of
 * what Kassa sends for the events a customer's day declares.
 */
@ExtendWith(KassaServerExtension.class)
class ReceiverGuideE2ETest {

  private static final Path ROOT = Path.of("..");
  private static final Path EXAMPLE = ROOT.resolve("docs/examples/VerifyKassaSignature.java");
  private static final Path SAMPLES = ROOT.resolve("docs/webhooks/samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readmeShowsTheCompiledExampleByteForByte() throws Exception {
    var readme = Files.readString(ROOT.resolve("README.md"));
    var example = Files.readString(EXAMPLE);

    assertThat(readme).contains("```java\n" + example + "```\n");
  }

  @Test
  void samplesHaveTheShapeOfWhatKassaSends(RunningKassa kassa) throws Exception {
    Holdings.create(kassa);
    var outbox = kassa.server().kassa().storage().outbox();
    try (var files = Files.list(SAMPLES)) {
      var samples = files.sorted().toList();
      assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
      for (var file : samples) {
        var sample = JSON.readTree(file.toFile());
        var type = EventType.fromCode(sample.get("type").asText()).orElseThrow();
        assertThat(file.getFileName().toString()).isEqualTo(type.code() + ".json");
        var sent =
            outbox.page(new EventFilter(type, null), PageRequest.first(1)).items().getFirst();
        var actual = JSON.readTree(CloudEventJson.bytes(sent));
        var expected = shape(sample);
        var got = shape(actual);
        assertThat(got.keySet()).as(file + " against " + actual).isEqualTo(expected.keySet());
        expected.forEach(
            (path, kind) -> {
              if (!kind.equals("NULL") && !got.get(path).equals("NULL")) {
                assertThat(got.get(path)).as(file + " " + path).isEqualTo(kind);
              }
            });
      }
    }
  }

  /** Every field's path and JSON type, arrays by their first item; a null fits any type. */
  private static Map<String, String> shape(JsonNode node) {
    var shape = new TreeMap<String, String>();
    walk("", node, shape);
    return shape;
  }

  private static void walk(String path, JsonNode node, Map<String, String> shape) {
    shape.put(path.isEmpty() ? "/" : path, node.getNodeType().name());
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        var name = names.next();
        walk(path + "/" + name, node.get(name), shape);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      walk(path + "/0", node.get(0), shape);
    }
  }
}
