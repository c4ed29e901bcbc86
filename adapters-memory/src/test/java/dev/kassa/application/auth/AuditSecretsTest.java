package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditTypes;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditSecretsTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void noAuditEventHoldsAPasswordAHashOrAToken() {
    var secrets = new ArrayList<String>();
    var registered = world.register("ann@example.com");
    secrets.add(AuthWorld.PASSWORD);
    secrets.add(registered.user().passwordHash());
    secrets.add(registered.refreshToken());
    secrets.add(AuthWorld.sha256Hex(registered.refreshToken()));
    secrets.add(registered.accessToken().token());
    assertThat(
            catchThrowable(
                () ->
                    world
                        .logIn()
                        .execute(new LogIn.Command("ann@example.com", "a wrong guess", null))))
        .isNotNull();
    secrets.add("a wrong guess");
    var login =
        world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, "10.0.0.1"));
    var refreshed =
        world.refreshSession().execute(new RefreshSession.Command(login.refreshToken()));
    secrets.add(login.refreshToken());
    secrets.add(refreshed.refreshToken());
    secrets.add(refreshed.accessToken().token());
    assertThat(
            catchThrowable(
                () ->
                    world
                        .refreshSession()
                        .execute(new RefreshSession.Command(login.refreshToken()))))
        .isNotNull();
    world.logOut().execute(world.authenticate().execute(registered.accessToken().token()).claims());
    world.ensureAdmin().execute(new EnsureAdmin.Command("root@example.com", "root password 1"));
    secrets.add("root password 1");

    assertThat(world.audit())
        .extracting(AuditEvent::type)
        .contains(
            AuditTypes.USER_REGISTERED,
            AuditTypes.LOGIN_FAILED,
            AuditTypes.LOGIN_SUCCEEDED,
            AuditTypes.REFRESH_TOKEN_REUSED,
            AuditTypes.LOGOUT,
            AuditTypes.ROLE_CHANGED);
    for (var event : world.audit()) {
      var texts =
          Stream.concat(
                  Stream.of(event.subjectId(), event.subjectType()),
                  Stream.concat(
                      event.details().keySet().stream(), event.details().values().stream()))
              .filter(text -> text != null)
              .toList();
      for (var secret : secrets) {
        assertThat(texts).as(event.type()).noneMatch(text -> text.contains(secret));
      }
    }
  }
}
