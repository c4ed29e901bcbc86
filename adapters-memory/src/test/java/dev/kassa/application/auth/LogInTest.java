package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogInTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void logsInWithTheRightPasswordInANewSession() {
    var registered = world.register("ann@example.com");

    var result =
        world
            .logIn()
            .execute(new LogIn.Command("Ann@Example.com", AuthWorld.PASSWORD, "203.0.113.7"));

    assertThat(result.user().id()).isEqualTo(registered.user().id());
    var claims = world.authenticate().execute(result.accessToken().token()).claims();
    var registeredClaims = world.authenticate().execute(registered.accessToken().token()).claims();
    assertThat(claims.sessionId()).isNotEqualTo(registeredClaims.sessionId());
    assertThat(result.refreshToken()).isNotEqualTo(registered.refreshToken());
  }

  @Test
  void recordsASuccessfulLoginWithTheClientIp() {
    var user = world.register("ann@example.com").user();

    world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, "203.0.113.7"));

    var events = world.audit(AuditTypes.LOGIN_SUCCEEDED);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().actorId()).isEqualTo(user.id());
    assertThat(events.getFirst().details()).isEqualTo(Map.of("ip", "203.0.113.7"));
  }

  @Test
  void refusesAWrongPasswordAndRecordsTheFailure() {
    world.register("ann@example.com");
    var comparisonsBefore = world.hasher().compareCalls();

    assertThatThrownBy(
            () ->
                world
                    .logIn()
                    .execute(
                        new LogIn.Command("ann@example.com", "wrong password", "198.51.100.2")))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Invalid email or password.");

    assertThat(world.hasher().compareCalls() - comparisonsBefore).isEqualTo(1);
    var failures = world.audit(AuditTypes.LOGIN_FAILED);
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst().actorId()).isNull();
    assertThat(failures.getFirst().subjectId()).isEqualTo("ann@example.com");
    assertThat(failures.getFirst().details())
        .isEqualTo(Map.of("ip", "198.51.100.2"))
        .doesNotContainValue("wrong password");
    assertThat(world.audit(AuditTypes.LOGIN_SUCCEEDED)).isEmpty();
  }

  @Test
  void anUnknownEmailFailsAlikeAfterOneComparisonAgainstADummyHash() {
    world.register("ann@example.com");
    var comparisonsBefore = world.hasher().compareCalls();

    assertThatThrownBy(
            () ->
                world
                    .logIn()
                    .execute(new LogIn.Command("nobody@example.com", AuthWorld.PASSWORD, null)))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Invalid email or password.");

    assertThat(world.hasher().compareCalls() - comparisonsBefore).isEqualTo(1);
    var failures = world.audit(AuditTypes.LOGIN_FAILED);
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst().subjectId()).isEqualTo("nobody@example.com");
    assertThat(failures.getFirst().details()).isEmpty();
  }

  @Test
  void computesTheDummyHashOnlyOnce() {
    var logIn = world.logIn();
    var hashesBefore = world.hasher().hashCalls();

    for (var i = 0; i < 3; i++) {
      var command = new LogIn.Command("nobody" + i + "@example.com", AuthWorld.PASSWORD, null);
      assertThatThrownBy(() -> logIn.execute(command)).isInstanceOf(UnauthenticatedException.class);
    }

    assertThat(world.hasher().hashCalls() - hashesBefore).isEqualTo(1);
    assertThat(world.audit(AuditTypes.LOGIN_FAILED)).hasSize(3);
  }

  @Test
  void aPasswordOutsideThePolicyIsJustWrong() {
    world.register("ann@example.com");

    assertThatThrownBy(
            () -> world.logIn().execute(new LogIn.Command("ann@example.com", "short", null)))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage("Invalid email or password.");
    assertThat(world.audit(AuditTypes.LOGIN_FAILED)).hasSize(1);
  }

  @Test
  void requiresAWellFormedEmailAndSomePassword() {
    assertThatThrownBy(() -> new LogIn.Command("nope", "", null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("email", "password"));
  }

  @Test
  void neverPrintsThePassword() {
    var command = new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null);

    assertThat(command.toString()).doesNotContain(AuthWorld.PASSWORD);
  }
}
