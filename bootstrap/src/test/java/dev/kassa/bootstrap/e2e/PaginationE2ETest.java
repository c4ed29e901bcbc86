package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kassa.adapters.web.auth.RouteAccess;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every paginated route answers the page envelope and refuses out-of-range paging with a 400. */
@ExtendWith(KassaServerExtension.class)
class PaginationE2ETest {

  @TestFactory
  Stream<DynamicTest> everyListPagesTheSameWay(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    var customer = kassa.bank().register();
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var holdings = Holdings.create(kassa);
    assertThat(routes.paginated()).isNotEmpty();
    return routes.paginated().stream()
        .map(
            route ->
                dynamicTest(
                    Routes.name(route),
                    () -> {
                      var caller = route.access() == RouteAccess.ADMIN ? admin : customer;
                      var path =
                          Holdings.hasId(route.path())
                              ? Holdings.path(route.path(), holdings.idFor(route.path()))
                              : route.path();
                      var page =
                          kassa
                              .http()
                              .get(path + "?limit=100&offset=0")
                              .as(caller)
                              .send()
                              .expect(200);
                      assertThat(page.get("limit").asInt()).isEqualTo(100);
                      assertThat(page.get("offset").asInt()).isZero();
                      assertThat(page.get("total").asLong()).isNotNegative();
                      assertThat(page.get("data").isArray()).isTrue();
                      var defaults = kassa.http().get(path).as(caller).send().expect(200);
                      assertThat(defaults.get("limit").asInt()).isEqualTo(20);
                      for (var query :
                          new String[] {"limit=0", "limit=101", "offset=-1", "limit=ten"}) {
                        kassa
                            .http()
                            .get(path + "?" + query)
                            .as(caller)
                            .send()
                            .expectError(400, "validation_failed");
                      }
                    }));
  }
}
