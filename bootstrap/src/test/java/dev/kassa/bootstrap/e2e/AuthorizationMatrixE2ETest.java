package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kassa.adapters.web.http.RouteDefinition;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, over every route the server registers: a new route is covered the moment it is
 * added, and one these tests cannot exercise fails them until they learn it.
 */
@ExtendWith(KassaServerExtension.class)
class AuthorizationMatrixE2ETest {

  @TestFactory
  Stream<DynamicTest> everyProtectedRouteRefusesACallerWithoutAValidToken(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    assertThat(routes.protectedRoutes()).isNotEmpty();
    return routes.protectedRoutes().stream()
        .map(
            route ->
                dynamicTest(
                    Routes.name(route),
                    () -> {
                      anyCall(kassa, routes, route).send().expectError(401, "unauthenticated");
                      anyCall(kassa, routes, route)
                          .bearer("not-a-token")
                          .send()
                          .expectError(401, "unauthenticated");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyAdminRouteForbidsCustomers(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    var customer = kassa.bank().register();
    assertThat(routes.adminRoutes()).isNotEmpty();
    return routes.adminRoutes().stream()
        .map(
            route ->
                dynamicTest(
                    Routes.name(route),
                    () ->
                        anyCall(kassa, routes, route)
                            .as(customer)
                            .send()
                            .expectError(403, "forbidden")));
  }

  @TestFactory
  Stream<DynamicTest> everyRouteWithAnIdHidesWhatIsNotTheCallers(RunningKassa kassa) {
    var routes = Routes.of(kassa);
    var alice = Holdings.create(kassa);
    var bob = Holdings.create(kassa);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var before = alice.snapshot(kassa.http());
    assertThat(routes.withId()).isNotEmpty();
    var perRoute =
        routes.withId().stream()
            .map(
                route ->
                    dynamicTest(
                        Routes.name(route),
                        () -> {
                          var alicesId = alice.idFor(route.path());
                          for (var id :
                              new String[] {alicesId, UUID.randomUUID().toString(), "x"}) {
                            call(kassa, routes, route, bob, id)
                                .as(bob.owner())
                                .send()
                                .expectError(404, "not_found");
                          }
                          if (route.method().equals("GET")) {
                            for (var reader : new Caller[] {alice.owner(), admin}) {
                              call(kassa, routes, route, alice, alicesId)
                                  .as(reader)
                                  .send()
                                  .expect(200);
                            }
                          }
                        }));
    var unchanged =
        dynamicTest(
            "another customer's attempts changed nothing of the owner's",
            () -> assertThat(alice.snapshot(kassa.http())).isEqualTo(before));
    return Stream.concat(perRoute, Stream.of(unchanged));
  }

  @Test
  void aCustomerSeesOnlyThemselvesAmongAccountHolders(RunningKassa kassa) {
    var alice = kassa.bank().register();
    kassa.bank().register();

    var holders = kassa.http().get("/v1/account-holders").as(alice).send().expect(200);

    assertThat(holders.get("total").asLong()).isEqualTo(1);
    assertThat(holders.at("/data/0/id").asText()).isEqualTo(alice.id());
  }

  @Test
  void onlyAnAdminListsAnotherOwnersAccounts(RunningKassa kassa) {
    var alice = kassa.bank().register();
    var bob = kassa.bank().register();
    var alicesAccount = kassa.bank().openAccount(alice);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());

    kassa
        .http()
        .get("/v1/accounts?ownerId=" + alice.id())
        .as(bob)
        .send()
        .expectError(403, "forbidden");
    var own = kassa.http().get("/v1/accounts?ownerId=" + bob.id()).as(bob).send().expect(200);
    assertThat(own.get("total").asLong()).isZero();
    var alices =
        kassa.http().get("/v1/accounts?ownerId=" + alice.id()).as(admin).send().expect(200);
    assertThat(alices.get("total").asLong()).isEqualTo(1);
    assertThat(alices.at("/data/0/id").asText()).isEqualTo(alicesAccount);
  }

  @Test
  void theReceiverOfATransferSeesItButNothingElseOfTheSenders(RunningKassa kassa) {
    var bank = kassa.bank();
    var alice = bank.register();
    var bob = bank.register();
    var alicesAccount = bank.fundedAccount(alice, 1_000);
    var bobsAccount = bank.openAccount(bob);
    var transfer = bank.transfer(alice, alicesAccount, bobsAccount, 300).expect(201);

    var seen =
        kassa.http().get("/v1/transfers/" + transfer.get("id").asText()).as(bob).send().expect(200);
    assertThat(seen).isEqualTo(transfer);
    var bobsTransfers = kassa.http().get("/v1/transfers").as(bob).send().expect(200);
    assertThat(bobsTransfers.get("total").asLong()).isEqualTo(1);
    var bobsLog = bank.transactions(bob, "");
    assertThat(bobsLog.get("total").asLong()).isEqualTo(1);
    assertThat(bobsLog.at("/data/0/accountId").asText()).isEqualTo(bobsAccount);
    kassa
        .http()
        .get("/v1/transactions?accountId=" + alicesAccount)
        .as(bob)
        .send()
        .expectError(404, "not_found");
    kassa.http().get("/v1/accounts/" + alicesAccount).as(bob).send().expectError(404, "not_found");
  }

  /** A request to {@code route} with a random id and, if it takes a body, an empty object. */
  private static KassaHttp.Request anyCall(
      RunningKassa kassa, Routes routes, RouteDefinition route) {
    var request =
        kassa
            .http()
            .request(route.method(), Holdings.path(route.path(), UUID.randomUUID().toString()));
    return routes.hasBody(route) ? request.json(Map.of()) : request;
  }

  /** A request to {@code route} for {@code id}, with a body its owner could send. */
  private static KassaHttp.Request call(
      RunningKassa kassa, Routes routes, RouteDefinition route, Holdings sender, String id) {
    var request = kassa.http().request(route.method(), Holdings.path(route.path(), id));
    return routes.hasBody(route)
        ? request.json(ValidBodies.forRoute(route.method(), route.path(), sender))
        : request;
  }
}
