package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text a database cannot store, and headers larger than any real one, are refused at the edge with
 * the error envelope, never a 5xx.
 */
class HostileInputTest {

  private static final String AUTH = "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN;
  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aNulAnUnpairedSurrogateAndAControlCharacterAreEachNamed() {
    var error =
        assertError(
            api.postJson(
                "/v1/things",
                """
                {"name": "lamp\\u0000", "amount": 1, "part": {"kind": "\\udfff"},
                 "parts": [{"kind": "ok"}, {"kind": "\\u001b"}]}""",
                "Authorization",
                AUTH),
            400,
            "validation_failed");

    assertThat(error.get("details").properties())
        .extracting(entry -> entry.getKey() + ": " + entry.getValue().asText())
        .containsExactlyInAnyOrder(
            "name: must not contain control characters",
            "part.kind: must not contain an unpaired surrogate",
            "parts[1].kind: must not contain control characters");
  }

  @Test
  void anOverLongTextIsRefused() {
    var body = "{\"name\": \"" + "a".repeat(100_000) + "\", \"amount\": 1}";

    var error =
        assertError(
            api.postJson("/v1/things", body, "Authorization", AUTH), 400, "validation_failed");

    assertThat(error.at("/details/name").asText()).isEqualTo("must be at most 5000 characters");
  }

  @Test
  void textWithEmojiAndAccentsIsAccepted() {
    var response =
        api.postJson(
            "/v1/things",
            "{\"name\": \"Zoë's lamp \uD83D\uDCA1\", \"amount\": 1}",
            "Authorization",
            AUTH);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(TestApi.json(response).get("name").asText()).isEqualTo("Zoë's lamp \uD83D\uDCA1");
  }

  @Test
  void bytesThatLookLikeUtf32AreMalformedJson() {
    var bytes = new byte[] {0, 0, 0, '{', 0, 0, 0, 'A', '"', ',', '"', 'n', '{', '"', 'a', '}'};
    var response =
        api.send(
            api.request("/v1/things")
                .header("Content-Type", "application/json")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));

    assertError(response, 400, "malformed_json");
  }

  @Test
  void aQueryParameterWithAControlCharacterIsRefusedByName() {
    var error = assertError(api.get("/v1/search?from=2024%00-01-01"), 400, "validation_failed");

    assertThat(error.at("/details/from").asText()).isEqualTo("must not contain control characters");
  }

  @Test
  void aHundredKilobyteBearerTokenIsUnauthenticated() {
    var response = api.get("/v1/me", "Authorization", "Bearer " + "a".repeat(100_000));

    assertError(response, 401, "unauthenticated");
  }

  @Test
  void aHeaderBlockLargerThanTheServerReadsIsAFourHundredEnvelope() {
    var response = api.get("/v1/me", "Authorization", "Bearer " + "a".repeat(300_000));

    assertError(response, 400, "validation_failed");
  }
}
