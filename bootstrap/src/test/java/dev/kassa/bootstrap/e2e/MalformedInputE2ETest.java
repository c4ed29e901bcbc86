package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.http.RouteDefinition;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route that takes a body refuses a broken one with a 4xx envelope and changes nothing: not
 * the caller's money, accounts, cards or profile, not the set of users, not their session.
 */
@ExtendWith(KassaServerExtension.class)
class MalformedInputE2ETest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyRouteWithABodyRefusesBrokenInputAndChangesNothing(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    var holdings = Holdings.create(kassa);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    assertThat(routes.withBody()).isNotEmpty();
    var perRoute =
        routes.withBody().stream()
            .map(
                route ->
                    dynamicTest(
                        Routes.name(route),
                        () -> {
                          var before = holdings.snapshot(kassa.http());
                          var users = userCount(kassa, admin);

                          var valid = ValidBodies.forRoute(route.method(), route.path(), holdings);
                          request(kassa, route, holdings)
                              .body("application/json", truncated(valid))
                              .send()
                              .expectError(400, "malformed_json");
                          valid.put("unexpected", true);
                          var unknown =
                              request(kassa, route, holdings)
                                  .json(valid)
                                  .send()
                                  .expectError(400, "validation_failed");
                          assertThat(unknown.at("/details/unexpected").isMissingNode())
                              .as(unknown.toString())
                              .isFalse();
                          valid.remove("unexpected");
                          request(kassa, route, holdings)
                              .body("text/plain", JSON.writeValueAsString(valid))
                              .send()
                              .expectError(415, "unsupported_media_type");

                          assertThat(holdings.snapshot(kassa.http())).isEqualTo(before);
                          assertThat(userCount(kassa, admin)).isEqualTo(users);
                        }));
    var sessionIntact =
        dynamicTest(
            "the caller's refresh token was not spent",
            () ->
                kassa
                    .http()
                    .post("/v1/auth/refresh")
                    .json(Map.of("refreshToken", holdings.owner().refreshToken()))
                    .send()
                    .expect(200));
    return Stream.concat(perRoute, Stream.of(sessionIntact));
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

  /** The JSON of {@code body} cut short of its closing brace. */
  private static String truncated(Map<String, Object> body) throws Exception {
    var json = JSON.writeValueAsString(body);
    return json.substring(0, json.length() - 1);
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
