package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

  private static final String NEW_PASSWORD = "a brand new secret";

  private final AuthWorld world = new AuthWorld();

  private void request(String email) {
    world.requestPasswordReset().execute(new RequestPasswordReset.Command(email, "203.0.113.9"));
  }

  private void confirm(String token) {
    world.resetPassword().execute(new ResetPassword.Command(token, NEW_PASSWORD));
  }

  private void assertRefused(String token) {
    assertThatThrownBy(() -> confirm(token))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsEntry("token", ResetPassword.INVALID_TOKEN));
  }

  @Test
  void mailsASingleUseLinkThatSetsThePasswordAndRevokesEverySession() {
    var login = world.register("ann@example.com");

    request("Ann@Example.com");

    var mail = world.mailer().next();
    assertThat(mail.to()).isEqualTo(new Email("ann@example.com"));
    assertThat(mail.link()).startsWith("http://localhost:8080/reset-password?token=");
    confirm(mail.token());
    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(
            world.logIn().execute(new LogIn.Command("ann@example.com", NEW_PASSWORD, null)).user())
        .isNotNull();
    assertRefused(mail.token());
    assertThat(world.audit(AuditTypes.PASSWORD_RESET_REQUESTED)).hasSize(1);
    assertThat(world.audit(AuditTypes.PASSWORD_RESET_COMPLETED)).hasSize(1);
  }

  @Test
  void theTokenIsStoredOnlyAsItsHash() {
    world.register("ann@example.com");

    request("ann@example.com");

    var token = world.mailer().next().token();
    var stored = world.ports().passwordResetTokens().find(AuthWorld.sha256Hex(token));
    assertThat(stored).isPresent();
    assertThat(stored.orElseThrow().tokenHash()).isNotEqualTo(token);
    assertThat(world.ports().passwordResetTokens().find(token)).isEmpty();
    assertThat(world.audit().toString()).doesNotContain(token);
  }

  @Test
  void anUnknownEmailIsAnsweredAlikeAndMailsNothing() {
    world.register("ann@example.com");

    request("nobody@example.com");

    assertThat(world.mailer().pending()).isEmpty();
    var audited = world.audit(AuditTypes.PASSWORD_RESET_REQUESTED);
    assertThat(audited).hasSize(1);
    assertThat(audited.getFirst().actorId()).isNull();
  }

  @Test
  void aDisabledUserIsMailedNothing() {
    var ann = world.register("ann@example.com").user();
    world
        .ports()
        .transactions()
        .run(() -> world.ports().users().update(ann.withStatus(UserStatus.DISABLED)));

    request("ann@example.com");

    assertThat(world.mailer().pending()).isEmpty();
  }

  @Test
  void theLinkWorksForThirtyMinutesOnly() {
    world.register("ann@example.com");
    world.register("bob@example.com");
    request("ann@example.com");
    var anns = world.mailer().next().token();
    request("bob@example.com");
    var bobs = world.mailer().next().token();

    world.clock().advance(Duration.ofMinutes(30).minusSeconds(1));
    confirm(anns);
    world.clock().advance(Duration.ofSeconds(1));

    assertRefused(bobs);
    assertThat(
            world.logIn().execute(new LogIn.Command("ann@example.com", NEW_PASSWORD, null)).user())
        .isNotNull();
  }

  @Test
  void anUnknownTokenIsRefusedAndChangesNothing() {
    var ann = world.register("ann@example.com").user();
    var actor = new Actor(ann.id(), ann.role());

    assertRefused("not-a-token-anyone-was-mailed");

    assertThat(world.user(actor).passwordHash()).isEqualTo(ann.passwordHash());
  }

  @Test
  void badFieldsAreReportedAtOnce() {
    assertThatThrownBy(() -> new ResetPassword.Command(" ", "short"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("token", "newPassword"));
    assertThatThrownBy(() -> new RequestPasswordReset.Command("not an email", null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("email"));
  }
}
