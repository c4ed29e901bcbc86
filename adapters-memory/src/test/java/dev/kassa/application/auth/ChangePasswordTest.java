package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.Actor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangePasswordTest {

  private static final String NEW_PASSWORD = "a brand new secret";

  private final AuthWorld world = new AuthWorld();

  private SessionId session(AuthResult login) {
    return world.authenticate().execute(login.accessToken().token()).claims().sessionId();
  }

  @Test
  void changesThePasswordAndRevokesEveryOtherSessionButTheCallers() {
    var caller = world.register("ann@example.com");
    var other =
        world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null));
    var actor = new Actor(caller.user().id(), caller.user().role());

    world
        .changePassword()
        .execute(
            actor, session(caller), new ChangePassword.Command(AuthWorld.PASSWORD, NEW_PASSWORD));

    assertThat(world.authenticate().execute(caller.accessToken().token()).actor()).isEqualTo(actor);
    assertThatThrownBy(() -> world.authenticate().execute(other.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(
            () ->
                world
                    .logIn()
                    .execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null)))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(
            world.logIn().execute(new LogIn.Command("ann@example.com", NEW_PASSWORD, null)).user())
        .isNotNull();
    var audited = world.audit(AuditTypes.PASSWORD_CHANGED);
    assertThat(audited).hasSize(1);
    assertThat(audited.getFirst().details()).isEqualTo(Map.of());
  }

  @Test
  void aWrongCurrentPasswordIsAValidationFailureThatChangesNothing() {
    var caller = world.register("ann@example.com");
    var actor = new Actor(caller.user().id(), caller.user().role());
    var before = world.user(actor);

    assertThatThrownBy(
            () ->
                world
                    .changePassword()
                    .execute(
                        actor,
                        session(caller),
                        new ChangePassword.Command("not the password", NEW_PASSWORD)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("currentPassword", ChangePassword.WRONG_PASSWORD));
    assertThat(world.user(actor)).isEqualTo(before);
    assertThat(world.audit(AuditTypes.PASSWORD_CHANGED)).isEmpty();
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    assertThatThrownBy(() -> new ChangePassword.Command("", "short"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys("currentPassword", "newPassword")
                    .containsEntry("newPassword", "must be 8 to 128 characters"));
    assertThat(new ChangePassword.Command("x", NEW_PASSWORD).toString())
        .doesNotContain(NEW_PASSWORD);
  }
}
