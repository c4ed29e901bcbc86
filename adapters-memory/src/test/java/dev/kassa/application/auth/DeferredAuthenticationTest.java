package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.auth.Session;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A caller checked in the request's first unit of work: taken on its token's word at once, refused
 * there (rolling the unit back) when its token, session or user no longer allows it, and checked on
 * its own when the request ran no unit.
 */
class DeferredAuthenticationTest {

  private final AuthWorld world = new AuthWorld();
  private final AtomicInteger effects = new AtomicInteger();

  @Test
  void takesTheCallerFromTheTokenAndChecksItInTheFirstUnitOfWorkOnly() {
    var login = world.register("ann@example.com");

    try (var check = world.authenticate().deferred(login.accessToken().token()).check()) {
      var checks = world.callerChecks();
      checks.run(effects::incrementAndGet);
      revokeSession(login.accessToken().token());
      checks.run(effects::incrementAndGet);
      check.ensureDone();
    }

    assertThat(effects).hasValue(2);
  }

  @Test
  void refusesARevokedSessionInTheUnitOfWorkBeforeItsWork() {
    var login = world.register("ann@example.com");
    var deferred = world.authenticate().deferred(login.accessToken().token());
    assertThat(deferred.authenticated().actor().id()).isEqualTo(login.user().id());
    revokeSession(login.accessToken().token());

    try (var check = deferred.check()) {
      assertThatThrownBy(() -> world.callerChecks().run(effects::incrementAndGet))
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessage(Authenticate.REVOKED);
      assertThatThrownBy(check::ensureDone).isInstanceOf(UnauthenticatedException.class);
    }
    assertThat(effects).hasValue(0);
  }

  @Test
  @SuppressWarnings("try") // the open checks guard the reading units below; nothing reads them
  void checksTheCallerFirstInAReadingUnitOfWorkToo() {
    var login = world.register("ann@example.com");
    var deferred = world.authenticate().deferred(login.accessToken().token());

    try (var check = deferred.check()) {
      assertThat(world.callerChecks().reading(effects::incrementAndGet)).isEqualTo(1);
    }
    revokeSession(login.accessToken().token());
    try (var check = world.authenticate().deferred(login.accessToken().token()).check()) {
      assertThatThrownBy(() -> world.callerChecks().reading(effects::incrementAndGet))
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessage(Authenticate.REVOKED);
    }
    assertThat(effects).hasValue(1);
  }

  @Test
  void checksOnItsOwnWhenTheRequestRanNoUnitOfWork() {
    var login = world.register("ann@example.com");
    var token = login.accessToken().token();

    try (var check = world.authenticate().deferred(token).check()) {
      check.ensureDone();
    }
    try (var check = world.authenticate().deferred(token).check()) {
      revokeSession(token);
      assertThatThrownBy(check::ensureDone)
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessage(Authenticate.REVOKED);
    }
  }

  @Test
  @SuppressWarnings("try") // the open check guards the unit of work below; nothing reads it
  void refusesATokenWhoseUsersRoleHasChanged() {
    var login = world.register("ann@example.com");
    world.ensureAdmin().execute(new EnsureAdmin.Command("ann@example.com", AuthWorld.PASSWORD));

    try (var check = world.authenticate().deferred(login.accessToken().token()).check()) {
      assertThatThrownBy(() -> world.callerChecks().run(effects::incrementAndGet))
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessage(Authenticate.ROLE_CHANGED);
    }
    assertThat(effects).hasValue(0);
  }

  @Test
  void refusesATokenOfAUserWhoDoesNotExist() {
    var stranger = UserId.newId();
    var session = Session.start(stranger, world.clock().instant());
    world.ports().transactions().run(() -> world.ports().sessions().start(session));
    var token =
        world.accessTokens().issue(stranger, Role.CUSTOMER, session.id(), world.clock().instant());

    try (var check = world.authenticate().deferred(token.token()).check()) {
      assertThatThrownBy(check::ensureDone).isInstanceOf(UnauthenticatedException.class);
    }
  }

  @Test
  void leavesUnitsOfOtherThreadsAndClosedChecksAlone() throws InterruptedException {
    var login = world.register("ann@example.com");
    var token = login.accessToken().token();
    var check = world.authenticate().deferred(token).check();
    revokeSession(token);

    var other = Thread.ofVirtual().start(() -> world.callerChecks().run(effects::incrementAndGet));
    other.join();
    check.close();
    world.callerChecks().run(effects::incrementAndGet);

    assertThat(effects).hasValue(2);
  }

  @Test
  void refusesAMissingToken() {
    assertThatThrownBy(() -> world.authenticate().deferred(" "))
        .isInstanceOf(UnauthenticatedException.class);
  }

  private void revokeSession(String token) {
    var session = world.accessTokens().verify(token, world.clock().instant()).sessionId();
    world
        .ports()
        .transactions()
        .run(() -> world.ports().sessions().revoke(session, world.clock().instant()));
  }
}
