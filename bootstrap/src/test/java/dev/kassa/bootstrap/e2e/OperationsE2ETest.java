package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KassaServerExtension.class)
class OperationsE2ETest {

  @Test
  void everyRegisteredRouteIsDocumented(RunningKassa kassa) {
    var routes = kassa.server().api().routes();

    assertThat(routes).isNotEmpty();
    assertThat(kassa.http().contract().undocumented(routes)).isEmpty();
  }

  @Test
  void everyDocumentedOperationIsServed(RunningKassa kassa) {
    var served =
        kassa.server().api().routes().stream()
            .map(route -> route.method() + " " + route.path())
            .toList();

    assertThat(served)
        .containsExactlyInAnyOrderElementsOf(kassa.http().contract().documentedOperations());
  }

  @Test
  void theServedOpenApiDocumentDescribesTheDocumentedOperations(RunningKassa kassa) {
    var document = kassa.http().get("/v1/openapi.json").send().expect(200);

    assertThat(document.get("openapi").asText()).startsWith("3.1");
    assertThat(Routes.operations(document).keySet())
        .isEqualTo(kassa.http().contract().documentedOperations());
  }

  @Test
  void healthChecksTheDatabase(RunningKassa kassa) {
    var health = kassa.http().get("/v1/health").send().expect(200);

    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.at("/checks/database").asText()).isEqualTo("ok");
    assertThat(kassa.http().get("/v1/health/live").send().expect(200).get("status").asText())
        .isEqualTo("ok");
  }

  @Test
  void everyResponseCarriesTheCallersRequestId(RunningKassa kassa) {
    var reply = kassa.http().get("/v1/health/live").header("X-Request-Id", "e2e-req-1").send();

    assertThat(reply.header("X-Request-Id")).contains("e2e-req-1");
  }
}
