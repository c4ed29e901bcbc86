package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.auth.Session;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void turnsAValidTokenIntoTheCaller() {
    var login = world.register("ann@example.com");

    var authenticated = world.authenticate().execute(login.accessToken().token());

    assertThat(authenticated.actor().id()).isEqualTo(login.user().id());
    assertThat(authenticated.actor().role()).isEqualTo(Role.CUSTOMER);
    assertThat(authenticated.claims().jti()).isEqualTo(login.accessToken().jti());
  }

  @Test
  void usesTheUsersCurrentRoleRatherThanTheTokens() {
    var login = world.register("ann@example.com");
    var token = login.accessToken().token();

    world.ensureAdmin().execute(new EnsureAdmin.Command("ann@example.com", AuthWorld.PASSWORD));

    var authenticated = world.authenticate().execute(token);
    assertThat(authenticated.claims().role()).isEqualTo(Role.CUSTOMER);
    assertThat(authenticated.actor().role()).isEqualTo(Role.ADMIN);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "garbage", "access-999", "eyJhbGciOiJub25lIn0.e30."})
  void refusesMissingOrMadeUpTokens(String token) {
    world.register("ann@example.com");

    assertThatThrownBy(() -> world.authenticate().execute(token))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void refusesAnExpiredToken() {
    var login = world.register("ann@example.com");
    world.clock().advance(Duration.ofMinutes(15));

    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void refusesARevokedAccessToken() {
    var login = world.register("ann@example.com");
    world
        .ports()
        .transactions()
        .run(
            () ->
                world
                    .ports()
                    .sessions()
                    .revokeAccessToken(login.accessToken().jti(), login.accessToken().expiresAt()));

    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Token has been revoked.");
  }

  @Test
  void refusesATokenOfARevokedSession() {
    var login = world.register("ann@example.com");
    var session = world.authenticate().execute(login.accessToken().token()).claims().sessionId();
    world
        .ports()
        .transactions()
        .run(() -> world.ports().sessions().revoke(session, world.clock().instant()));

    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Token has been revoked.");
  }

  @Test
  void refusesATokenOfAUserWhoDoesNotExist() {
    var stranger = UserId.newId();
    var session = Session.start(stranger, world.clock().instant());
    world.ports().transactions().run(() -> world.ports().sessions().start(session));
    var token =
        world.accessTokens().issue(stranger, Role.ADMIN, session.id(), world.clock().instant());

    assertThatThrownBy(() -> world.authenticate().execute(token.token()))
        .isInstanceOf(UnauthenticatedException.class);
  }
}
