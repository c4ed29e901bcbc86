package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatJsonTest {

  @Test
  void writesKeysInOrderAndEscapesWhatJsonRequires() {
    var json = FlatJson.write(Map.of("b", "say \"hi\"\n", "a", "back\\slash\u0001"));

    assertThat(json).isEqualTo("{\"a\":\"back\\\\slash\\u0001\",\"b\":\"say \\\"hi\\\"\\n\"}");
  }

  @Test
  void readsWhatItWritesIncludingUnicode() {
    var values = Map.of("reason", "tab\there, \"quoted\" \\ ünï €", "", "", "k", "\u0000\r");

    assertThat(FlatJson.read(FlatJson.write(values))).isEqualTo(values);
  }

  @Test
  void readsPostgresJsonbOutputWithSpacesAndEscapes() {
    var json = "{\"a\": \"x\\u00e9\\/\", \"b\": \"\\b\\f\"}";

    assertThat(FlatJson.read(json)).isEqualTo(Map.of("a", "xé/", "b", "\b\f"));
    assertThat(FlatJson.read("{}")).isEmpty();
    assertThat(FlatJson.read(" { } ")).isEmpty();
  }
}
