package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.UnauthenticatedException;
import org.junit.jupiter.api.Test;

class LogOutTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void revokesTheAccessTokenAndTheRefreshFamilyAtOnce() {
    var login = world.register("ann@example.com");
    var claims = world.authenticate().execute(login.accessToken().token()).claims();

    world.logOut().execute(claims);

    assertThat(world.ports().sessions().isAccessTokenRevoked(claims.jti())).isTrue();
    assertThat(world.ports().sessions().find(claims.sessionId()).orElseThrow().isRevoked())
        .isTrue();
    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Token has been revoked.");
    assertThatThrownBy(
            () -> world.refreshSession().execute(new RefreshSession.Command(login.refreshToken())))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void recordsTheLogout() {
    var login = world.register("ann@example.com");
    var claims = world.authenticate().execute(login.accessToken().token()).claims();

    world.logOut().execute(claims);

    var events = world.audit(AuditTypes.LOGOUT);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().actorId()).isEqualTo(login.user().id());
    assertThat(events.getFirst().subjectId()).isEqualTo(claims.sessionId().toString());
  }

  @Test
  void leavesTheUsersOtherSessionsAlone() {
    var first = world.register("ann@example.com");
    var second =
        world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null));

    world.logOut().execute(world.authenticate().execute(first.accessToken().token()).claims());

    assertThat(world.authenticate().execute(second.accessToken().token()).actor().id())
        .isEqualTo(first.user().id());
  }

  @Test
  void loggingOutTwiceIsHarmless() {
    var login = world.register("ann@example.com");
    var claims = world.authenticate().execute(login.accessToken().token()).claims();

    world.logOut().execute(claims);
    world.logOut().execute(claims);

    assertThat(world.ports().sessions().find(claims.sessionId()).orElseThrow().isRevoked())
        .isTrue();
  }
}
