package dev.kassa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VariablesTest {

  private final Variables variables =
      new Variables(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void placeholdersInTextAreReplacedByTheirValues() {
    variables.put("account", "a-1");
    assertThat(variables.resolve("/v1/statements/${account}?from=${today}"))
        .isEqualTo("/v1/statements/a-1?from=2026-12-07");
    assertThat(variables.resolve("${uuid}")).hasSize(36).isNotEqualTo(variables.resolve("${uuid}"));
  }

  @Test
  void aWholeStringPlaceholderInABodyKeepsItsJsonType() throws Exception {
    variables.put("amount", LongNode.valueOf(1250));
    variables.put("account", "a-1");
    var body =
        new ObjectMapper()
            .readTree(
                "{\"amount\":\"${amount}\",\"note\":\"for ${account}\",\"tags\":[\"${account}\",3]}");

    var resolved = variables.resolve(body);

    assertThat(resolved.get("amount").isNumber()).isTrue();
    assertThat(resolved.get("amount").asLong()).isEqualTo(1250);
    assertThat(resolved.get("note").asText()).isEqualTo("for a-1");
    assertThat(resolved.get("tags").toString()).isEqualTo("[\"a-1\",3]");
    assertThat(variables.resolve((com.fasterxml.jackson.databind.JsonNode) null)).isNull();
  }

  @Test
  void anUnknownVariableStopsTheScriptWithItsName() {
    assertThatThrownBy(() -> variables.resolve("/v1/accounts/${missing}"))
        .isInstanceOf(ScriptException.class)
        .hasMessageContaining("'missing'");
    assertThat(variables.has("missing")).isFalse();
  }
}
