package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.Role;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EnsureAdminTest {

  private static final String ADMIN_PASSWORD = "admin password 123";

  private final AuthWorld world = new AuthWorld();

  private EnsureAdmin.Result ensure(String email, String password) {
    return world.ensureAdmin().execute(new EnsureAdmin.Command(email, password));
  }

  @Test
  void createsTheAdminWhenTheEmailIsUnknown() {
    var result = ensure("Root@Example.com", ADMIN_PASSWORD);

    assertThat(result.change()).isEqualTo(EnsureAdmin.Change.CREATED);
    assertThat(result.admin().role()).isEqualTo(Role.ADMIN);
    assertThat(result.admin().email().value()).isEqualTo("root@example.com");
    var login = world.logIn().execute(new LogIn.Command("root@example.com", ADMIN_PASSWORD, null));
    assertThat(world.authenticate().execute(login.accessToken().token()).actor().isAdmin())
        .isTrue();
    assertThat(world.audit(AuditTypes.USER_REGISTERED)).hasSize(1);
    var roleChanges = world.audit(AuditTypes.ROLE_CHANGED);
    assertThat(roleChanges).hasSize(1);
    assertThat(roleChanges.getFirst().details()).isEqualTo(Map.of("to", "admin"));
  }

  @Test
  void promotesAnExistingCustomerWithoutTouchingTheirPassword() {
    var customer = world.register("ann@example.com").user();

    var result = ensure("ann@example.com", ADMIN_PASSWORD);

    assertThat(result.change()).isEqualTo(EnsureAdmin.Change.PROMOTED);
    assertThat(result.admin().id()).isEqualTo(customer.id());
    assertThat(world.ports().users().find(customer.id()).orElseThrow().role())
        .isEqualTo(Role.ADMIN);
    assertThat(world.ports().users().find(customer.id()).orElseThrow().passwordHash())
        .isEqualTo(customer.passwordHash());
    assertThatThrownBy(
            () -> world.logIn().execute(new LogIn.Command("ann@example.com", ADMIN_PASSWORD, null)))
        .isInstanceOf(UnauthenticatedException.class);
    var roleChanges = world.audit(AuditTypes.ROLE_CHANGED);
    assertThat(roleChanges).hasSize(1);
    assertThat(roleChanges.getFirst().subjectId()).isEqualTo(customer.id().toString());
    assertThat(roleChanges.getFirst().details())
        .isEqualTo(Map.of("from", "customer", "to", "admin"));
  }

  @Test
  void runningAgainChangesNothing() {
    var first = ensure("root@example.com", ADMIN_PASSWORD);
    var eventsBefore = world.audit().size();

    var second = ensure("root@example.com", "another password");

    assertThat(second.change()).isEqualTo(EnsureAdmin.Change.UNCHANGED);
    assertThat(second.admin()).isEqualTo(first.admin());
    assertThat(world.audit()).hasSize(eventsBefore);
  }

  @Test
  void concurrentRunsCreateTheAdminOnce() throws Exception {
    var ensureAdmin = world.ensureAdmin();
    var start = new CountDownLatch(1);
    var results = new ArrayList<Future<EnsureAdmin.Result>>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var i = 0; i < 4; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return ensureAdmin.execute(
                      new EnsureAdmin.Command("root@example.com", ADMIN_PASSWORD));
                }));
      }
      start.countDown();
      var changes = new ArrayList<EnsureAdmin.Change>();
      for (var result : results) {
        changes.add(result.get().change());
      }
      assertThat(changes)
          .containsOnlyOnce(EnsureAdmin.Change.CREATED)
          .containsOnly(EnsureAdmin.Change.CREATED, EnsureAdmin.Change.UNCHANGED);
    }
    assertThat(world.audit(AuditTypes.USER_REGISTERED)).hasSize(1);
  }

  @Test
  void refusesAnInvalidEmailOrPasswordWithoutPrintingIt() {
    assertThatThrownBy(() -> new EnsureAdmin.Command("root", "short"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("email", "password"));
    assertThat(new EnsureAdmin.Command("root@example.com", ADMIN_PASSWORD).toString())
        .doesNotContain(ADMIN_PASSWORD);
  }
}
