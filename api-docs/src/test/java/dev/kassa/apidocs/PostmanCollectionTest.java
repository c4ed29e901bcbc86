package dev.kassa.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostmanCollectionTest {

  private static final Path COMMITTED = Path.of("..", "docs", "kassa.postman_collection.json");
  private static final Path BUILT = Path.of("target", "kassa.postman_collection.json");

  private static String rendered;
  private static JsonNode collection;

  @BeforeAll
  static void render() throws IOException {
    rendered = PostmanCollection.render();
    collection = PostmanCollection.JSON.readTree(rendered);
  }

  @Test
  void isACollectionOfTheV21Format() throws IOException {
    var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    try (var schema = getClass().getResourceAsStream("/postman-collection-v2.1.schema.json")) {
      var errors = registry.getSchema(schema).validate(rendered, InputFormat.JSON);

      assertThat(errors).isEmpty();
    }
    assertThat(collection.at("/info/schema").asText()).isEqualTo(PostmanCollection.SCHEMA);
  }

  @Test
  void theSchemaCheckRefusesWhatIsNotACollection() throws IOException {
    var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    try (var schema = getClass().getResourceAsStream("/postman-collection-v2.1.schema.json")) {
      var errors =
          registry
              .getSchema(schema)
              .validate(
                  "{\"info\":{\"name\":\"x\",\"schema\":\"v2.0\"},\"item\":[{\"request\":{\"method\":\"FETCH\"}}]}",
                  InputFormat.JSON);

      assertThat(errors).isNotEmpty();
    }
  }

  @Test
  void coversEveryDocumentedOperationOnce() {
    var documented = new TreeSet<String>();
    PostmanCollection.openApi()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        method ->
                            documented.add(method + " " + path.replaceAll("\\{([^}]+)}", ":$1"))));
    var operations = new ArrayList<String>();
    var folders = collection.get("item");
    for (int i = 1; i < folders.size(); i++) {
      folders.get(i).get("item").forEach(item -> operations.add(operation(item)));
    }

    assertThat(operations).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(operations)).isEqualTo(documented);
  }

  @Test
  void theDemoFlowComesFirstAndKeepsTheTokenForEveryOtherRequest() {
    var demo = collection.get("item").get(0);
    var steps = new ArrayList<String>();
    demo.get("item").forEach(item -> steps.add(operation(item)));

    assertThat(demo.get("name").asText()).isEqualTo("Demo flow");
    assertThat(steps)
        .containsExactly(
            "POST /v1/auth/register",
            "POST /v1/auth/login",
            "POST /v1/accounts",
            "POST /v1/accounts",
            "POST /v1/transactions",
            "POST /v1/transfers",
            "GET /v1/statements/:accountId",
            "GET /v1/products",
            "POST /v1/purchases");
    assertThat(scripts(demo.get("item").get(1), "test"))
        .contains("pm.collectionVariables.set('accessToken', body.accessToken);");
    assertThat(collection.at("/auth/type").asText()).isEqualTo("bearer");
    assertThat(collection.at("/auth/bearer/0/value").asText()).isEqualTo("{{accessToken}}");
    assertThat(collection.get("variable").findValuesAsText("key"))
        .contains("baseUrl", "accessToken", "checkingId");
  }

  @Test
  void publicRoutesSendNoTokenAndMoneyRoutesAFreshIdempotencyKey() {
    var byOperation = new java.util.HashMap<String, JsonNode>();
    var folders = collection.get("item");
    for (int i = 1; i < folders.size(); i++) {
      folders.get(i).get("item").forEach(item -> byOperation.put(operation(item), item));
    }

    assertThat(byOperation.get("POST /v1/auth/login").at("/request/auth/type").asText())
        .isEqualTo("noauth");
    assertThat(byOperation.get("GET /v1/accounts").at("/request/auth").isMissingNode()).isTrue();
    var transfer = byOperation.get("POST /v1/transfers");
    assertThat(transfer.at("/request/header").findValuesAsText("key")).contains("Idempotency-Key");
    assertThat(transfer.at("/request/body/raw").asText())
        .contains("\"fromAccountId\"", "\"toAccountId\"", "\"amount\"", "\"currency\"");
  }

  @Test
  void theBuildWroteItAndTheCommittedCopyInDocsIsCurrent() throws IOException {
    assertThat(Files.readString(BUILT)).isEqualTo(rendered);
    assertThat(Files.readString(COMMITTED))
        .as(
            "docs/kassa.postman_collection.json is stale: copy api-docs/target/kassa.postman_collection.json over it")
        .isEqualTo(rendered);
  }

  private static String operation(JsonNode item) {
    var path = new StringBuilder();
    item.at("/request/url/path").forEach(segment -> path.append('/').append(segment.asText()));
    return item.at("/request/method").asText() + " " + path;
  }

  private static List<String> scripts(JsonNode item, String listen) {
    var lines = new ArrayList<String>();
    item.get("event")
        .forEach(
            event -> {
              if (listen.equals(event.get("listen").asText())) {
                event.at("/script/exec").forEach(line -> lines.add(line.asText()));
              }
            });
    return lines;
  }
}
