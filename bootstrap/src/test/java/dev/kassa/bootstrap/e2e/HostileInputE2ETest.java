package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.http.RouteDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route that takes a body, on PostgreSQL, fed hostile values one field at a time: each text
 * field (the ones its valid body has and the ones its documented schema lists) with a NUL, an
 * unpaired surrogate, a control character or 6000 characters; each number field with {@code
 * Long.MAX_VALUE}. Each answer is a 4xx envelope, never a 5xx, and nothing changed.
 */
@ExtendWith(KassaServerExtension.class)
class HostileInputE2ETest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLOT = "@@hostile@@";
  private static final Map<String, String> HOSTILE_TEXTS =
      Map.of(
          "a NUL", "\"a\\u0000b\"",
          "an unpaired surrogate", "\"a\\udfffb\"",
          "a control character", "\"a\\u0007b\"",
          "an over-long text", "\"" + "a".repeat(6000) + "\"");

  @TestFactory
  Stream<DynamicTest> hostileFieldsAreAFourHundredAndChangeNothing(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    var document = kassa.http().get("/v1/openapi.json").send().expect(200);
    var holdings = Holdings.create(kassa);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    assertThat(routes.withBody()).isNotEmpty();
    return routes.withBody().stream()
        .map(
            route ->
                dynamicTest(
                    Routes.name(route),
                    () -> {
                      var before = holdings.snapshot(kassa.http());
                      var users = userCount(kassa, admin);
                      var fields = fields(document, route);
                      assertThat(fields).as(Routes.name(route)).isNotEmpty();

                      var bodies = hostileBodies(route, holdings, fields);
                      assertThat(bodies).as(Routes.name(route)).isNotEmpty();
                      for (var body : bodies) {
                        var reply =
                            request(kassa, route, holdings).body("application/json", body).send();
                        assertThat(reply.status()).as(reply.describe()).isBetween(400, 499);
                        assertThat(reply.json().at("/error/code").isTextual())
                            .as(reply.describe())
                            .isTrue();
                      }

                      assertThat(holdings.snapshot(kassa.http())).isEqualTo(before);
                      assertThat(userCount(kassa, admin)).isEqualTo(users);
                    }));
  }

  /**
   * The top-level fields of the route's documented request schema by kind ({@code string}, {@code
   * integer}, {@code array} of strings), plus those of the nested objects its valid body has.
   */
  private static Map<String, String> fields(JsonNode document, RouteDefinition route) {
    var operation =
        document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
    var schema = resolve(document, operation.at("/requestBody/content/application~1json/schema"));
    var kinds = new LinkedHashMap<String, String>();
    schema
        .path("properties")
        .properties()
        .forEach(property -> kinds.put(property.getKey(), kind(document, property.getValue())));
    return kinds;
  }

  private static String kind(JsonNode document, JsonNode property) {
    var resolved = resolve(document, property);
    if (resolved.has("oneOf")) {
      return kind(document, resolved.path("oneOf").get(0));
    }
    var type = resolved.path("type").toString();
    if (type.contains("array")) {
      return resolve(document, resolved.path("items")).path("type").toString().contains("string")
          ? "array"
          : "other";
    }
    return type.contains("string") || (resolved.has("enum") && type.isEmpty())
        ? "string"
        : type.contains("integer") ? "integer" : type.contains("object") ? "object" : "other";
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    var reference = schema.path("$ref").asText("");
    return reference.isEmpty() ? schema : document.at(reference.substring(1));
  }

  /** The route's valid body with one field spoilt at a time, as JSON text. */
  private static List<String> hostileBodies(
      RouteDefinition route, Holdings holdings, Map<String, String> fields) throws Exception {
    var bodies = new ArrayList<String>();
    for (var field : fields.entrySet()) {
      switch (field.getValue()) {
        case "string", "array" -> {
          for (var hostile : HOSTILE_TEXTS.values()) {
            bodies.add(withText(route, holdings, field.getKey(), field.getValue(), hostile));
          }
        }
        case "integer" -> {
          var body = ValidBodies.forRoute(route.method(), route.path(), holdings);
          body.put(field.getKey(), Long.MAX_VALUE);
          bodies.add(JSON.writeValueAsString(body));
        }
        case "object" -> bodies.addAll(nested(route, holdings, field.getKey()));
        default -> {}
      }
    }
    return bodies;
  }

  private static String withText(
      RouteDefinition route, Holdings holdings, String field, String kind, String hostile)
      throws Exception {
    var body = ValidBodies.forRoute(route.method(), route.path(), holdings);
    body.put(field, kind.equals("array") ? List.of(SLOT) : SLOT);
    return JSON.writeValueAsString(body).replace("\"" + SLOT + "\"", hostile);
  }

  /** The text fields of a nested object of the valid body, each spoilt in turn. */
  private static List<String> nested(RouteDefinition route, Holdings holdings, String field)
      throws Exception {
    var bodies = new ArrayList<String>();
    var valid = ValidBodies.forRoute(route.method(), route.path(), holdings);
    if (!(valid.get(field) instanceof Map<?, ?> inner)) {
      return bodies;
    }
    for (var key : inner.keySet()) {
      for (var hostile : HOSTILE_TEXTS.values()) {
        var body = ValidBodies.forRoute(route.method(), route.path(), holdings);
        var spoilt = new LinkedHashMap<Object, Object>(inner);
        spoilt.put(key, SLOT);
        body.put(field, spoilt);
        bodies.add(JSON.writeValueAsString(body).replace("\"" + SLOT + "\"", hostile));
      }
    }
    return bodies;
  }

  private static KassaHttp.Request request(
      RunningKassa kassa, RouteDefinition route, Holdings holdings) {
    var path =
        Holdings.hasId(route.path())
            ? Holdings.path(route.path(), holdings.idFor(route.path()))
            : route.path();
    var request = kassa.http().request(route.method(), path);
    return switch (route.access()) {
      case PUBLIC -> request;
      case USER -> request.as(holdings.owner());
      case ADMIN -> request.as(holdings.admin());
    };
  }

  private static long userCount(RunningKassa kassa, Caller admin) {
    return kassa
        .http()
        .get("/v1/account-holders?limit=1")
        .as(admin)
        .send()
        .expect(200)
        .get("total")
        .asLong();
  }
}
