package dev.kassa.adapters.web.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.kassa.domain.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  record Note(String title, @MultiLine String body, List<String> tags) {}

  private final JsonBodies bodies = new JsonBodies(Json.strictMapper());

  private ValidationException refused(String json) {
    var thrown =
        assertThatThrownBy(() -> bodies.bind(bodies.tree(json.getBytes(UTF_8)), Note.class))
            .isInstanceOf(ValidationException.class)
            .actual();
    return (ValidationException) thrown;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lamp", "Zoë", "lamp \uD83D\uDCA1", "a\u00A0b", "\u4e2d\u6587"})
  void printableTextOfAnyScriptIsAccepted(String text) {
    assertThat(Text.problem(text, false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "a\u0000b", "\u0007", "\u001b[2J", "\u007f", "\u0085", "a\nb"})
  void controlCharactersAreRefused(String text) {
    assertThat(Text.problem(text, false)).isEqualTo("must not contain control characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\udfff", "a\ud83d", "\ud83d b", "\udca1\ud83d"})
  void unpairedSurrogatesAreRefused(String text) {
    assertThat(Text.problem(text, true)).isEqualTo("must not contain an unpaired surrogate");
  }

  @Test
  void lineBreaksAndTabsAreAllowedOnlyWhereAFieldTakesSeveralLines() {
    assertThat(Text.problem("one\r\ntwo\tthree", true)).isNull();
    assertThat(Text.problem("one\u0000two", true)).isEqualTo("must not contain control characters");
  }

  @Test
  void textLongerThanTheLongestColumnIsRefused() {
    assertThat(Text.problem("a".repeat(Text.MAX_LENGTH), false)).isNull();
    assertThat(Text.problem("a".repeat(Text.MAX_LENGTH + 1), false))
        .isEqualTo("must be at most 5000 characters");
  }

  @Test
  void everyBadTextOfABodyIsNamedAtOnce() {
    var invalid =
        refused(
            """
            {"title": "a\\u0000b", "body": "x\\udfffy", "tags": ["ok", "\\u0007"]}""");

    assertThat(invalid.problems())
        .containsOnly(
            entry("title", "must not contain control characters"),
            entry("body", "must not contain an unpaired surrogate"),
            entry("tags[1]", "must not contain control characters"));
  }

  @Test
  void aMultiLineComponentTakesLineBreaksAndAnotherDoesNot() {
    var note = bodies.bind(bodies.tree("{\"body\": \"one\\ntwo\"}".getBytes(UTF_8)), Note.class);
    assertThat(note.body()).isEqualTo("one\ntwo");

    assertThat(refused("{\"title\": \"one\\ntwo\"}").problems()).containsOnlyKeys("title");
  }
}
